using Microsoft.Playwright;

namespace Collaboration.Browser;

/// <summary>
/// Debian's Chromium (apt's package, as the platform notes start it), headless. Playwright never downloads a browser
/// here: 'playwright install' fetches from the internet, so a missing Chromium fails with the command that installs it.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    // No sandbox (the tests run as root in containers) and nothing that calls home in the background.
    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>Fails early, before a test starts its servers, when the browser is missing.</summary>
    public static void Require()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"{ExecutablePath} is missing. Run: apt-get install -y chromium (or scripts/ensure-tools.sh --browser). Never 'playwright install': it downloads browsers.");
        }
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        Require();
        return playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true, Args = Args });
    }
}
