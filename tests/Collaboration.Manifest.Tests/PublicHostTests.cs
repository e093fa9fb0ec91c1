namespace Collaboration.Manifest.Tests;

/// <summary>The bot's public host, from which the tab pages, the SSO resource and validDomains are built.</summary>
public sealed class PublicHostTests
{
    [Theory]
    [InlineData("forum-bot.example.org")]
    [InlineData("https://forum-bot.example.org")]
    [InlineData("https://forum-bot.example.org/")]
    [InlineData("  HTTPS://forum-bot.example.org/ ")]
    public void Bare_host_or_https_root_url_gives_the_host(string given)
    {
        Assert.Equal("forum-bot.example.org", PublicHost.Parse(given), StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Missing_host_is_refused_with_where_to_give_it(string? given)
    {
        var refused = Assert.Throws<PackagingRefusedException>(() => PublicHost.Parse(given));

        Assert.StartsWith("The app package was not written: the bot's public host is missing", refused.Message, StringComparison.Ordinal);
        Assert.Contains("--host or BOT_HOST", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://forum-bot.example.org")]
    [InlineData("ftp://forum-bot.example.org")]
    public void Host_that_is_not_https_is_refused_with_the_https_address_to_give_instead(string given)
    {
        var refused = Assert.Throws<PackagingRefusedException>(() => PublicHost.Parse(given));

        Assert.StartsWith("The app package was not written: the bot's public host is not served over https", refused.Message, StringComparison.Ordinal);
        Assert.Contains("give https://forum-bot.example.org", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://forum-bot.example.org/forum")]
    [InlineData("https://forum-bot.example.org:8443")]
    [InlineData("https://forum-bot.example.org/?tenant=1")]
    [InlineData("https://user@forum-bot.example.org")]
    public void Url_with_more_than_the_root_is_refused(string given)
    {
        var refused = Assert.Throws<PackagingRefusedException>(() => PublicHost.Parse(given));

        Assert.Contains("has more than the host; give only the site's root", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("forum-bot.example.org/forum")]
    [InlineData("10.1.2.3")]
    [InlineData("forum bot")]
    public void Something_other_than_a_DNS_name_is_refused(string given)
    {
        var refused = Assert.Throws<PackagingRefusedException>(() => PublicHost.Parse(given));

        Assert.Contains("is not a plain DNS host name", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Packager_refuses_an_http_host_and_writes_no_zip()
    {
        using var temp = new TempDirectory();

        var refused = await Assert.ThrowsAsync<PackagingRefusedException>(() =>
            Sources.Packager().PackAsync(Sources.Settings(host: "http://forum-bot.example.org"), temp.File("app.zip"), CancellationToken.None));

        Assert.Contains("not served over https", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("app.zip")));
    }

    [Fact]
    public async Task Packager_given_an_https_root_url_builds_every_address_from_its_host()
    {
        var manifest = await Sources.PackagedManifestAsync(Sources.Settings(host: $"https://{Sources.Host}/"));

        Assert.Equal([Sources.Host], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal($"https://{Sources.Host}/tab/config", (string?)manifest["configurableTabs"]![0]!["configurationUrl"]);
        Assert.Equal($"api://{Sources.Host}/{Sources.AppId}", (string?)manifest["webApplicationInfo"]!["resource"]);
    }
}
