using System.Reflection;

namespace Collaboration.Operations.Tests;

/// <summary>
/// The Bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64, which restoring this test project downloads
/// into the NuGet cache (a self-contained binary: no Azure CLI, no network at run time).
/// </summary>
internal static class BicepCli
{
    public static string Path
    {
        get
        {
            var version = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "BicepCliVersion").Value!;
            var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            var bicep = System.IO.Path.Combine(packages, "azure.bicep.commandline.linux-x64", version, "tools", "bicep");
            return File.Exists(bicep)
                ? bicep
                : throw new InvalidOperationException($"The Bicep CLI {version} is missing at {bicep}. Run: dotnet restore tests/Collaboration.Operations.Tests");
        }
    }

    /// <summary>Runs bicep; the three deployment secrets are set to placeholders, as main.bicepparam reads them from the environment.</summary>
    public static Task<ProcessResult> RunAsync(params string[] arguments) =>
        ExternalProcess.RunAsync(Path, arguments, CancellationToken.None, Placeholders);

    private static readonly Dictionary<string, string> Placeholders = new(StringComparer.Ordinal)
    {
        ["COLLABORATION_BOT_APP_PASSWORD"] = "placeholder-password",
        ["COLLABORATION_ANONYMITY_SECRET"] = "cGxhY2Vob2xkZXItbm90LWEta2V5LXBsYWNlaG9sZGVyISE=",
        ["COLLABORATION_DATABASE_PASSWORD"] = "placeholder-password",
        // Bicep is a .NET program: no telemetry, and no first-run files in a HOME the test may not own.
        ["BICEP_TELEMETRY_ENABLED"] = "false",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
    };
}
