namespace Collaboration.EndToEnd.Tests.Stack;

/// <summary>
/// What the end-to-end tests need outside .NET (Chromium: <see cref="Collaboration.Browser.Chromium.Require"/>). A missing tool fails the test with the command that installs it:
/// a skipped end-to-end test would look like a passing one in the summary.
/// </summary>
internal static class RequiredTools
{
    public static string Node => FindOnPath("node")
        ?? throw new InvalidOperationException(
            "node is missing. Install Node.js 20 or later, e.g.: curl -fsSL https://deb.nodesource.com/setup_20.x | bash - && apt-get install -y nodejs (or run scripts/ensure-tools.sh)");

    public static string Npm => FindOnPath("npm")
        ?? throw new InvalidOperationException("npm is missing. Install Node.js 20 or later with npm (see scripts/ensure-tools.sh).");

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
