using System.Diagnostics;
using System.Text;

namespace Collaboration.Benchmarks.Tests;

/// <summary>
/// Runs a benchmark's built dll (same configuration as these tests) with <c>dotnet</c>, as the README's command runs
/// it, and returns its exit code and output. A run that never ends is killed after <see cref="Patience"/> so the test
/// command fails with the output so far instead of hanging; that is a guard, not a measured time.
/// </summary>
internal static class BenchmarkCommand
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    public static async Task<(int ExitCode, string Output)> RunAsync(string project, string assembly, params string[] arguments)
    {
        var binaries = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = binaries.Parent!.Name;
        var root = binaries;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Collaboration.sln")))
        {
            root = root.Parent;
        }

        var dll = Path.Combine(root!.FullName, project, "bin", configuration, binaries.Name, assembly + ".dll");
        Assert.True(File.Exists(dll), $"{dll} is not built");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = root.FullName,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var patience = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{assembly} {string.Join(' ', arguments)} did not end within {Patience.TotalMinutes} minutes:\n{Text(output)}");
        }

        process.WaitForExit();
        return (process.ExitCode, Text(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
