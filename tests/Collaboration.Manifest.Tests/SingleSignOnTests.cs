namespace Collaboration.Manifest.Tests;

/// <summary>webApplicationInfo: what the tabs' Teams single sign-on (getAuthToken) asks Entra for.</summary>
public sealed class SingleSignOnTests
{
    [Fact]
    public async Task Tabs_sign_in_with_the_bots_app_registration_under_api_host_app_id()
    {
        var manifest = await Sources.PackagedManifestAsync();

        Assert.Equal(Sources.AppId, (string?)manifest["webApplicationInfo"]!["id"]);
        Assert.Equal($"api://{Sources.Host}/{Sources.AppId}", (string?)manifest["webApplicationInfo"]!["resource"]);
        Assert.Equal([Sources.Host], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
    }

    [Fact]
    public async Task Resource_for_another_app_id_is_refused()
    {
        using var temp = new TempDirectory();
        var source = await Sources.CopyOfManifestWithAsync(
            temp.File("manifest"),
            template => template["webApplicationInfo"]!["resource"] = "api://{{BOT_HOST}}/11111111-2222-4333-8444-555555555555");

        var refused = await Assert.ThrowsAsync<PackagingRefusedException>(() =>
            Sources.Packager(source).PackAsync(Sources.Settings(), temp.File("app.zip"), CancellationToken.None));

        Assert.Contains($"does not end with the app id \"{Sources.AppId}\"", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resource_on_a_host_the_tabs_are_not_served_from_is_refused()
    {
        using var temp = new TempDirectory();
        var source = await Sources.CopyOfManifestWithAsync(
            temp.File("manifest"), template => template["webApplicationInfo"]!["resource"] = "api://login.example.com/{{BOT_APP_ID}}");

        var refused = await Assert.ThrowsAsync<PackagingRefusedException>(() =>
            Sources.Packager(source).PackAsync(Sources.Settings(), temp.File("app.zip"), CancellationToken.None));

        Assert.Contains("names login.example.com, which validDomains does not list", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Web_application_id_other_than_the_bots_is_refused()
    {
        using var temp = new TempDirectory();
        var source = await Sources.CopyOfManifestWithAsync(
            temp.File("manifest"), template => template["webApplicationInfo"]!["id"] = "11111111-2222-4333-8444-555555555555");

        var refused = await Assert.ThrowsAsync<PackagingRefusedException>(() =>
            Sources.Packager(source).PackAsync(Sources.Settings(), temp.File("app.zip"), CancellationToken.None));

        Assert.Contains("is not the bot's app id", refused.Message, StringComparison.Ordinal);
    }
}
