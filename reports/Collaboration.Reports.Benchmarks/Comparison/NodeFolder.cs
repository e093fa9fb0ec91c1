namespace Collaboration.Reports.Benchmarks.Comparison;

/// <summary>
/// A folder with a node script and its locked packages (pptxgenjs for the deck, docx for the report): found above the
/// benchmark's binaries, installed with `npm ci` once per run of the benchmark, its scripts run with node. A missing
/// node or npm stops the benchmark with a message rather than skipping the comparison.
/// </summary>
internal sealed class NodeFolder(string folder)
{
    public string Folder => folder;

    /// <summary>The first <paramref name="relativePath"/> with a package-lock.json above the benchmark's binaries.</summary>
    public static NodeFolder Locate(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(Path.Combine(candidate, "package-lock.json")))
            {
                return new NodeFolder(candidate);
            }
        }

        throw new InvalidOperationException($"{relativePath}/package-lock.json not found above {AppContext.BaseDirectory}");
    }

    /// <summary>`npm ci`: exactly the locked packages, the same on every machine.</summary>
    public async Task InstallAsync(CancellationToken cancellationToken)
    {
        var (exit, output, errors) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], cancellationToken);
        if (exit != 0)
        {
            throw new InvalidOperationException("npm ci failed in " + folder + ":\n" + output + errors);
        }
    }

    /// <summary>"name version on node vX": what the comparison ran with.</summary>
    public async Task<string> VersionAsync(string package, CancellationToken cancellationToken)
    {
        var (_, node, _) = await RunAsync("node", ["--version"], cancellationToken);
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "node_modules", package, "package.json"), cancellationToken));
        return $"{package} {manifest.RootElement.GetProperty("version").GetString()} on node {node.Trim()}";
    }

    /// <summary>Runs a script with node (its garbage collector exposed) and returns the last line it printed.</summary>
    public async Task<string> RunScriptAsync(string script, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var (exit, output, errors) = await RunAsync("node", ["--expose-gc", script, .. arguments], cancellationToken);
        if (exit != 0 || string.IsNullOrWhiteSpace(output))
        {
            throw new InvalidOperationException($"node {script} failed (exit code {exit}):\n{output}{errors}");
        }

        return output.Trim().Split('\n')[^1];
    }

    private async Task<(int Exit, string Output, string Errors)> RunAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException(program + " did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"'{program}' is needed for the node comparisons and was not found on PATH: {e.Message}", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return (process.ExitCode, await stdout, await stderr);
        }
    }
}
