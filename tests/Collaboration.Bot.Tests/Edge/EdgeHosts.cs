using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace Collaboration.Bot.Tests.Edge;

/// <summary>Settings and bare hosts for the tests of the host's edge: authentication, tenants, malformed requests.</summary>
internal static class EdgeHosts
{
    public const string AppId = "8d1d7f2a-0000-4000-8000-00000000b07a";

    /// <summary>What a tenant's Production host is given: an app id (and password) and the app's own tenant.</summary>
    public static Dictionary<string, string?> Authenticated(string environment = "Production") => new()
    {
        ["environment"] = environment,
        ["Bot:AllowUnauthenticated"] = "false",
        ["Bot:MicrosoftAppId"] = AppId,
        ["Bot:MicrosoftAppPassword"] = "not-a-real-secret",
        ["Bot:MicrosoftAppTenantId"] = TeamsActivities.TenantId,
    };

    /// <summary>The real host without a connector or activities, for what happens at its start.</summary>
    public static WebApplicationFactory<Program> Bare(
        ThrowAwayStore store, string environment, IReadOnlyDictionary<string, string?> settings, LogRecorder? log = null, Action<IServiceCollection>? services = null) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment(environment)
                .UseSetting("ForumStore:ConnectionString", store.ConnectionString)
                .UseSetting("Bot:AnonymitySecret", Convert.ToBase64String(new byte[32]))
                .UseSetting("Logging:LogLevel:Default", "Warning");
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }

            web.ConfigureTestServices(replaced =>
            {
                if (log is not null)
                {
                    replaced.AddSingleton<ILoggerProvider>(log);
                }

                services?.Invoke(replaced);
            });
        });
}
