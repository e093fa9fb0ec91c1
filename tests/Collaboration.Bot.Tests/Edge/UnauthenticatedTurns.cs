using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Collaboration.Bot.Tests.Edge;

/// <summary>
/// Lets a Production host run turns without a token, for tests of what happens after authentication. Production
/// refuses to run unauthenticated by design, and no Bot Framework-signed token can be made here; so the SDK's own
/// no-authentication mode replaces the bot's authentication. Found by name because only bot/ compiles against the SDK.
/// </summary>
internal static class UnauthenticatedTurns
{
    public static void Replace(IServiceCollection services)
    {
        var authentication = Type.GetType("Microsoft.Bot.Connector.Authentication.BotFrameworkAuthentication, Microsoft.Bot.Connector", throwOnError: true)!;
        var factory = Type.GetType("Microsoft.Bot.Connector.Authentication.BotFrameworkAuthenticationFactory, Microsoft.Bot.Connector", throwOnError: true)!;
        var create = factory.GetMethod("Create", Type.EmptyTypes) ?? throw new MissingMethodException(factory.FullName, "Create");
        services.RemoveAll(authentication);
        services.AddSingleton(authentication, _ => create.Invoke(null, null)!);
    }
}
