namespace Collaboration.Benchmarks.Tests;

/// <summary>
/// The README's benchmark commands in a smoke size (seconds each): each exits 0 and prints its result lines. One
/// class, so they run one after another and do not compete for the machine's cores with each other.
/// </summary>
public sealed class BenchmarkCommandTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("benchmark-smoke-");

    [Fact]
    public async Task The_simulator_plays_a_forum_and_finds_everything_stored()
    {
        var (exit, output) = await BenchmarkCommand.RunAsync("simulator/Collaboration.Simulator", "simulate",
            "--participants", "4", "--forums", "1", "--out", _work.FullName);

        Assert.True(exit == 0, output);
        Assert.Contains("OK: everything sent is stored", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_votes_measures_the_bare_bot_and_the_bot_on_both_stores()
    {
        var (exit, output) = await BenchmarkCommand.RunAsync("simulator/Collaboration.Simulator", "simulate",
            "bench-votes", "--sizes", "10", "--warm-up-rounds", "1", "--bursts", "1", "--out", _work.FullName);

        Assert.True(exit == 0, output);
        Assert.Contains("| votes | target | votes/s (median burst) |", output, StringComparison.Ordinal);
        foreach (var target in new[] { "bare bot", "bot, SQLite", "bot, PostgreSQL" })
        {
            Assert.Contains($"{target,-16}     10 votes, median burst of 1:", output, StringComparison.Ordinal);
        }

        // One burst of ten voters (the smoke keeps to seconds; the median and burst count are unit-tested in the
        // simulator's tests): every vote confirmed and stored, none lost.
        Assert.Matches(@"\| 10 \| bot, SQLite \|[^\n]*\| 1 \|[^\n]*\| 0 \| 10 \| 0 \|", output);
        Assert.Matches(@"\| 10 \| bot, PostgreSQL \|[^\n]*\| 1 \|[^\n]*\| 0 \| 10 \| 0 \|", output);
    }

    [Fact]
    public async Task Bench_instances_finds_two_instances_and_one_identical()
    {
        var (exit, output) = await BenchmarkCommand.RunAsync("simulator/Collaboration.Simulator", "simulate",
            "bench-instances", "--participants", "6", "--out", _work.FullName);

        Assert.True(exit == 0, output);
        Assert.Contains("IDENTICAL", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reports_benchmark_times_both_writers_and_both_node_peers()
    {
        var (exit, output) = await BenchmarkCommand.RunAsync("reports/Collaboration.Reports.Benchmarks", "reports-benchmarks",
            "--runs", "1", "--participants", "60", "--open-answers", "0");

        Assert.True(exit == 0, output);
        foreach (var line in new[] { "| 60 participants | DeckWriter |", "| 60 participants | pptxgenjs deck |", "| 60 participants | ReportWriter |", "| 60 participants | docx report |" })
        {
            Assert.Contains(line, output, StringComparison.Ordinal);
        }

        Assert.Contains("ReportWriter / docx report time =", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_graph_sync_benchmark_archives_both_ways()
    {
        var (exit, output) = await BenchmarkCommand.RunAsync("graph-sync/Collaboration.GraphSync.Benchmarks", "graph-sync-benchmarks",
            "--participants", "60");

        Assert.True(exit == 0, output);
        Assert.Contains("| graph-sync |", output, StringComparison.Ordinal);
        Assert.Contains("| naive |", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fan_out_benchmark_reaches_every_member_once()
    {
        var (exit, output) = await BenchmarkCommand.RunAsync("bot/Collaboration.Bot.Benchmarks", "bot-benchmarks",
            "--members", "100", "--tenant-rate", "200");

        Assert.True(exit == 0, output);
        Assert.Contains("achieved rate / limit", output, StringComparison.Ordinal);
        Assert.Contains("duplicates             0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fan_out_benchmark_times_a_moderators_command_alone_and_during_the_fan_out()
    {
        var (exit, output) = await BenchmarkCommand.RunAsync("bot/Collaboration.Bot.Benchmarks", "bot-benchmarks",
            "--members", "200", "--tenant-rate", "200", "--commands", "2");

        Assert.True(exit == 0, output);
        Assert.Contains("command ratio during / alone", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fan_out_benchmark_refuses_a_size_out_of_range_with_a_message()
    {
        var (exit, output) = await BenchmarkCommand.RunAsync("bot/Collaboration.Bot.Benchmarks", "bot-benchmarks", "--members", "0");

        Assert.NotEqual(0, exit);
        Assert.Contains("--members must be between 1 and 100000", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_live_benchmark_measures_live_and_bare_viewers()
    {
        var (exit, output) = await BenchmarkCommand.RunAsync("bot/Collaboration.Bot.Benchmarks", "bot-benchmarks",
            "live", "--viewers", "5", "--votes", "5");

        Assert.True(exit == 0, output);
        Assert.Contains("| ratio live / bare |", output, StringComparison.Ordinal);
    }

    public void Dispose() => _work.Delete(recursive: true);
}
