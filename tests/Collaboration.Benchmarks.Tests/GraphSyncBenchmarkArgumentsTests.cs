namespace Collaboration.Benchmarks.Tests;

/// <summary>The graph-sync benchmark's command line (System.CommandLine): wrong values are refused before any work, help is there.</summary>
public sealed class GraphSyncBenchmarkArgumentsTests
{
    [Theory]
    [InlineData("--participants", "59", "--participants must be from 60 to 100000.")]
    [InlineData("--latency-ms", "1001", "--latency-ms must be from 0 to 1000.")]
    [InlineData("--participants", "many", "many")]
    [InlineData("--rounds", "3", "--rounds")]
    public async Task A_value_out_of_range_or_unknown_is_refused_with_its_reason(string option, string value, string expected)
    {
        var (exit, output) = await BenchmarkCommand.RunAsync("graph-sync/Collaboration.GraphSync.Benchmarks", "graph-sync-benchmarks", option, value);

        Assert.NotEqual(0, exit);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.DoesNotContain("| graph-sync |", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_names_both_options_and_exits_0()
    {
        var (exit, output) = await BenchmarkCommand.RunAsync("graph-sync/Collaboration.GraphSync.Benchmarks", "graph-sync-benchmarks", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("--participants", output, StringComparison.Ordinal);
        Assert.Contains("--latency-ms", output, StringComparison.Ordinal);
    }
}
