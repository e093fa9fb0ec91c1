using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Collaboration.Web.Tests.Api;

/// <summary>The Development local sign-in: honoured only in Development with Web:AllowLocalSignIn; anywhere else the host does not start.</summary>
public sealed class LocalSignInTests : WebTest
{
    [Fact]
    public async Task In_Development_with_the_switch_the_headers_name_the_user_and_the_mode_says_so()
    {
        var series = await SeriesChat.CreateAsync(Host);

        var me = await Host.ApiAsync(HttpMethod.Get, "/me", series.Moderator, series.Chat, local: true);
        var mode = await Host.ApiAsync(HttpMethod.Get, "/sign-in-mode", null, null);

        Assert.Equal(HttpStatusCode.OK, me.Status);
        Assert.True((bool)me.Json!["isModerator"]!);
        Assert.True((bool)mode.Json!["local"]!);
    }

    [Fact]
    public void The_host_refuses_to_start_with_local_sign_in_outside_Development()
    {
        var failure = HostStart.Failure(() => new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseEnvironment("Production")
            .UseSetting("Bot:MicrosoftAppId", EntraKeys.AppId)
            .UseSetting("Bot:MicrosoftAppTenantId", EntraKeys.TenantId)
            .UseSetting("Bot:AnonymitySecret", Convert.ToBase64String(new byte[32]))
            .UseSetting("ForumStore:Provider", "Sqlite")
            .UseSetting("ForumStore:ConnectionString", $"Data Source={Path.Combine(Path.GetTempPath(), $"collab-webstart-{Guid.NewGuid():N}.db")}")
            .UseSetting("Web:AllowLocalSignIn", "true")));

        Assert.Contains("Web:AllowLocalSignIn", HostStart.Messages(failure), StringComparison.Ordinal);
    }

    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}
