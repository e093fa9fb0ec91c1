namespace Collaboration.EndToEnd.Tests.Stack;

/// <summary>
/// What the end-to-end tests need outside .NET. A missing tool fails the test with the command that installs it:
/// a skipped end-to-end test would look like a passing one in the summary.
/// </summary>
internal static class RequiredTools
{
    public const string Chromium = "/usr/bin/chromium";

    public static string Node => FindOnPath("node")
        ?? throw new InvalidOperationException(
            "node is missing. Install Node.js 20 or later, e.g.: curl -fsSL https://deb.nodesource.com/setup_20.x | bash - && apt-get install -y nodejs (or run scripts/ensure-tools.sh)");

    public static string Npm => FindOnPath("npm")
        ?? throw new InvalidOperationException("npm is missing. Install Node.js 20 or later with npm (see scripts/ensure-tools.sh).");

    public static void RequireChromium()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException(
                $"{Chromium} is missing. Run: apt-get install -y chromium (or scripts/ensure-tools.sh --browser). Never 'playwright install': it downloads browsers.");
        }
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
