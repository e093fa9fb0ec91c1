using Collaboration.Bot.Benchmarks.Live;

namespace Collaboration.Web.Tests.Live;

/// <summary>The benchmark's quick mode, so CI knows the command still runs; its figures are read, not asserted.</summary>
public sealed class LiveBenchmarkTests
{
    [Fact]
    public async Task The_live_benchmark_runs_and_every_viewer_sees_every_vote_on_both_transports()
    {
        var result = await LiveRun.RunAsync(new LiveArguments(Viewers: 50, Votes: 50), CancellationToken.None);

        Assert.Equal(50, result.Live.LatenciesMs.Count);
        Assert.Equal(50, result.Bare.LatenciesMs.Count);
        using var table = new StringWriter();
        result.Print(table);
        Assert.Contains("| ratio live / bare |", table.ToString(), StringComparison.Ordinal);
    }
}
