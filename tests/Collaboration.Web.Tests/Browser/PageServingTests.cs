namespace Collaboration.Web.Tests.Browser;

/// <summary>The pages come from the assembly with their content types, a strict policy and revalidation; nothing else does.</summary>
[Collection(BrowserPages.Name)]
public sealed class PageServingTests : IAsyncLifetime
{
    private PageHost? _host;

    private PageHost Host => _host!;

    public async Task InitializeAsync() => _host = await PageHost.StartAsync(allowLocalSignIn: false);

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("/tab/config", "/tab/js/config.js")]
    [InlineData("/tab/console", "/tab/js/console.js")]
    [InlineData("/tab/stage", "/tab/js/stage.js")]
    [InlineData("/tab/answer?item=x", "/tab/js/answer.js")]
    public async Task Each_page_is_html_that_loads_its_module_and_only_Teams_may_frame_it(string page, string module)
    {
        using var response = await Host.GetAsync(page);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"src=\"{module}\"", html, StringComparison.Ordinal);
        Assert.Contains("src=\"/tab/lib/teams-js.min.js\"", html, StringComparison.Ordinal);
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'self';", policy, StringComparison.Ordinal);
        var ancestors = policy.Split(';').Single(p => p.Trim().StartsWith("frame-ancestors", StringComparison.Ordinal));
        foreach (var teams in new[] { "teams.microsoft.com", "*.teams.microsoft.com", "*.office.com", "*.cloud.microsoft", "*.microsoft365.com" })
        {
            Assert.Contains(" " + teams, ancestors, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(policy.Split([' ', ';'], StringSplitOptions.RemoveEmptyEntries), source => source is "*" or "'unsafe-inline'" or "'unsafe-eval'");
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Development_also_lets_a_page_on_localhost_frame_the_pages()
    {
        using var response = await Host.GetAsync("/tab/stage");

        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("http://localhost:*", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teams_js_2_58_is_served_from_the_assembly_as_a_script_and_may_be_cached()
    {
        using var response = await Host.GetAsync("/tab/lib/teams-js.min.js");
        var script = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("2.58.0", script, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.MaxAge > TimeSpan.Zero);
    }

    [Fact]
    public async Task A_file_asked_for_again_with_its_entity_tag_is_not_sent_twice()
    {
        using var first = await Host.GetAsync("/tab/css/app.css");
        var etag = first.Headers.ETag!.ToString();

        using var second = await Host.GetAsync("/tab/css/app.css", etag);

        Assert.Equal("text/css", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("/tab/nothing")]
    [InlineData("/tab/js/missing.js")]
    [InlineData("/tab/../appsettings.json")]
    [InlineData("/tab/%2e%2e/%2e%2e/Collaboration.Web.dll")]
    [InlineData("/tab/Collaboration.Web.csproj")]
    public async Task Anything_not_embedded_as_a_page_file_is_not_found(string path)
    {
        using var response = await Host.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
