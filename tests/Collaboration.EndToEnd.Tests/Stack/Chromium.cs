namespace Collaboration.EndToEnd.Tests.Stack;

/// <summary>
/// Debian's Chromium as the platform notes start it headless; Playwright never downloads a browser here. One launch for
/// every end-to-end test, so a page test sees what the Playground scenarios see.
/// </summary>
internal static class Chromium
{
    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        RequiredTools.RequireChromium();
        return playwright.Chromium.LaunchAsync(new() { ExecutablePath = RequiredTools.Chromium, Headless = true, Args = Args });
    }
}
