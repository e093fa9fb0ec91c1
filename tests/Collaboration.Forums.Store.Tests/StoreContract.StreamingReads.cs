using Collaboration.Forums.Store.Diagnostics;

namespace Collaboration.Forums.Store.Tests;

/// <summary>
/// The report's hand-written reads (open answers, needs ranked and counted by the database) go through the store's
/// command pipeline like every other statement, so an operator's statement count and traces include them.
/// </summary>
public abstract partial class StoreContract
{
    [Fact]
    public async Task The_reports_streamed_reads_are_counted_one_statement_each_and_give_their_connection_back()
    {
        await using var store = await CreateStoreAsync();
        var (needs, _) = await TiedNeedsAsync(store);
        var series = SampleSeries.Create();
        await store.Forums.AddSeriesAsync(series, Ct);
        var comment = series.Forums.SelectMany(f => f.Items).Single(i => i.Key == "comment").Id;
        await store.Forums.UpsertResponseAsync(new Response(comment, "p:1", null, "kommune", new TextAnswer("Mehr Ladesäulen"), T0), Ct);
        var commands = store.Services.GetRequiredService<StoreCommands>();

        // Three rounds: a reader that kept its connection would run a small pool dry or leave SQLite's file open.
        for (var round = 0; round < 3; round++)
        {
            var before = commands.Reads;

            Assert.Equal(["Mehr Ladesäulen"], await store.Forums.StreamOpenAnswersAsync(comment, Ct).ToListAsync(Ct));
            Assert.NotEmpty(await store.Forums.StreamRankedNeedsAsync(needs.Id, Ct).ToListAsync(Ct));
            Assert.True((await store.Forums.CountNeedFilersAsync(needs.Id, Ct)).Respondents > 0);
            Assert.NotEmpty(await store.Forums.CountNeedSupportersAsync(needs.Id, Ct));

            Assert.Equal(4, commands.Reads - before);
        }
    }
}
