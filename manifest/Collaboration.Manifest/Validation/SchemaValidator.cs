using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using Collaboration.Manifest.Packaging;

namespace Collaboration.Manifest.Validation;

/// <summary>
/// Validates a manifest and its localisation files against Microsoft's official schemas by running
/// manifest/validate.js (npm @microsoft/app-manifest) in node.
/// </summary>
/// <remarks>
/// A machine without node fails with the command that installs it: a validator that quietly stepped aside would
/// let a manifest that Teams refuses at upload pass the build.
/// </remarks>
internal sealed class SchemaValidator(ManifestSource source, TextWriter log)
{
    private const string NodeHint = "Install Node.js 20 or later and npm (scripts/ensure-tools.sh says how).";

    /// <summary>Returns each file's schema errors ("file: error"); empty when every file is valid.</summary>
    public async Task<IReadOnlyList<string>> ValidateAsync(string manifestPath, IEnumerable<string> localisationPaths, CancellationToken cancellationToken)
    {
        await EnsureNodeModulesAsync(cancellationToken);
        var run = await RunAsync("node", [source.ValidatorScript, manifestPath, .. localisationPaths], cancellationToken);
        if (run.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException(
                $"validate.js could not validate ({run.ExitCode}): {run.StandardOutput.Trim()} {run.StandardError.Trim()}");
        }

        using var report = JsonDocument.Parse(run.StandardOutput);
        var problems = new List<string>();
        foreach (var file in report.RootElement.GetProperty("files").EnumerateArray())
        {
            var name = Path.GetFileName(file.GetProperty("file").GetString());
            var schema = file.GetProperty("schema").GetString();
            problems.AddRange(file.GetProperty("errors").EnumerateArray().Select(e => $"{name} ({schema}): {e.GetString()}"));
        }

        return problems;
    }

    private async Task EnsureNodeModulesAsync(CancellationToken cancellationToken)
    {
        if (Directory.Exists(Path.Combine(source.Directory, "node_modules", "@microsoft", "app-manifest")))
        {
            return;
        }

        await log.WriteLineAsync($"Installing the schema validator's npm packages: npm ci (in {source.Directory})");
        var run = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], cancellationToken);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"npm ci failed in {source.Directory} with exit code {run.ExitCode}; run it there by hand to see why.{Environment.NewLine}{run.StandardError}");
        }
    }

    private async Task<(int ExitCode, string StandardOutput, string StandardError)> RunAsync(
        string program, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = source.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start. {NodeHint}");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"'{program}' was not found, and the manifest cannot be validated without it. {NodeHint}", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return (process.ExitCode, await output, await error);
        }
    }
}
