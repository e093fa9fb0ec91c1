using Seeded = Collaboration.Seeding.SimulatedSeries;

namespace Collaboration.Reports.Tests.Seeding;

/// <summary>
/// The report and graph-sync benchmarks' figures rest on the simulated series: for their seed and sizes it must keep
/// the counts it had when the figures in docs and README were taken (a change to the text stock or the store must not
/// shift a random draw), or figures of two runs stop being comparable.
/// </summary>
public sealed class BenchmarkSeriesTests
{
    [Theory]
    [InlineData(60, 20260630, "participants 60, responses 618, needs 74, supports 86, matrix 41, matrixRating 31, multipleChoice 123, openText 54, points 43, rating 244, singleChoice 82")]
    [InlineData(60, 1, "participants 60, responses 663, needs 69, supports 90, matrix 47, matrixRating 34, multipleChoice 138, openText 62, points 46, rating 250, singleChoice 86")]
    [InlineData(10_000, 20260630, "participants 10000, responses 109575, needs 11966, supports 13895, matrix 7227, matrixRating 6219, multipleChoice 22019, openText 10575, points 7266, rating 41524, singleChoice 14745")]
    public void Benchmark_series_keeps_its_participants_answers_and_needs(int participants, int seed, string counts)
    {
        var store = Seeded.Create(participants, seed, new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));

        var items = store.Series.Forums.SelectMany(f => f.Items).ToList();
        var perKind = items.GroupBy(i => i.Spec.KindName).Select(g => (Kind: g.Key, Count: g.Sum(i => store.ResponsesOf(i.Id).Count)))
            .Where(k => k.Count > 0).OrderBy(k => k.Kind, StringComparer.Ordinal).Select(k => $"{k.Kind} {k.Count}");
        Assert.Equal(counts, string.Join(", ", [
            $"participants {store.Participants.Count}", $"responses {store.ResponseCount}", $"needs {store.Needs.Count}", $"supports {store.Supports.Count}", .. perKind]));
    }

    [Fact]
    public void Same_seed_gives_the_same_series_down_to_the_texts()
    {
        var start = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
        var first = Seeded.Create(200, 7, start);
        var second = Seeded.Create(200, 7, start);

        Assert.Equal(first.Series.Id, second.Series.Id);
        Assert.Equal(first.Needs.Select(n => (n.Id, n.TopicKey, n.Text)), second.Needs.Select(n => (n.Id, n.TopicKey, n.Text)));
        Assert.Equal(Texts(first), Texts(second));
    }

    private static List<string> Texts(Collaboration.Seeding.InMemoryForumStore store) =>
        [.. store.Series.Forums.SelectMany(f => f.Items).SelectMany(i => store.ResponsesOf(i.Id)).Select(r => r.Answer).OfType<TextAnswer>().Select(a => a.Text)];
}
