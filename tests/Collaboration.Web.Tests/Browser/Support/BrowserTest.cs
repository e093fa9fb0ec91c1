namespace Collaboration.Web.Tests.Browser.Support;

/// <summary>
/// Base of the page tests: the bot's host on a real port and a Chromium, both per test; screenshots go to
/// artifacts/web/&lt;artifacts&gt;/. The API answers either from the real host or, for tests of what a page shows and
/// sends, from <see cref="ContractApi"/>.
/// </summary>
public abstract class BrowserTest(string artifacts, bool allowLocalSignIn = true) : IAsyncLifetime
{
    /// <summary>The query that puts a page in local mode as a moderator of the sample conversation.</summary>
    protected const string LocalModerator = "user=moderator-1&name=Maria%20Moderatorin&conversation=19%3Asample%40thread.v2";

    private PageHost? _host;
    private PageBrowser? _browser;

    internal PageHost Host => _host ?? throw new InvalidOperationException("The host starts in InitializeAsync.");

    internal PageBrowser Browser => _browser ?? throw new InvalidOperationException("The browser starts in InitializeAsync.");

    public async Task InitializeAsync()
    {
        _host = await PageHost.StartAsync(allowLocalSignIn);
        _browser = await PageBrowser.LaunchAsync(artifacts);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>Opens a page of the host with the contract API installed (sign-in mode: local allowed).</summary>
    internal async Task<IPage> OpenAsync(string pathAndQuery, ContractApi api, string theme = "default")
    {
        api.On("GET /sign-in-mode", new System.Text.Json.Nodes.JsonObject { ["local"] = true });
        var page = await Browser.NewPageAsync(theme);
        await api.InstallAsync(page);
        var separator = pathAndQuery.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        await page.GotoAsync(Host.Page($"{pathAndQuery}{separator}theme={theme}").ToString());
        return page;
    }
}
