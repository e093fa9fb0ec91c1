namespace Collaboration.Forums.Store.Tests;

/// <summary>The open answers the Word report streams: the database takes the text out of the stored JSON, so its reading must match the results'.</summary>
public abstract partial class StoreContract
{
    [Fact]
    public async Task Open_answers_stream_in_the_results_order_as_written_without_blanks_or_other_answers()
    {
        await using var store = await CreateStoreAsync();
        var series = SampleSeries.Create();
        await store.Forums.AddSeriesAsync(series, Ct);
        var items = series.Forums.SelectMany(f => f.Items).ToList();
        var item = items.Single(i => i.Key == "comment").Id;
        var other = items.Single(i => i.Key == "maturity").Id;
        const string Quoted = "Breitband für alle Ortsteile – \"schnell\"";
        const string Escaped = "Zeile 1\nZeile 2\t\\ C:\\Pfad <b>&amp;</b> 😀 Straße";
        const string LooksLikeJson = "{\"kind\":\"choice\",\"text\":\"nein\"}";
        Response[] responses =
        [
            new(item, "p:3", null, "kommune", new TextAnswer(Quoted), T0),
            new(item, "p:1", null, "kommune", new ChoiceAnswer(["text"]), T0.AddSeconds(1)),
            new(item, "p:2", null, "kommune", new TextAnswer("  \n "), T0.AddSeconds(2)),
            new(item, "p:0", null, "kommune", new TextAnswer(Escaped), T0.AddSeconds(2)),
            new(item, "p:4", null, "kommune", new TextAnswer(""), T0.AddSeconds(3)),
            new(item, "p:5", null, "kommune", new TextAnswer(LooksLikeJson), T0.AddSeconds(4)),
            new(other, "p:6", null, "kommune", new TextAnswer("Anderes Item"), T0),
        ];
        foreach (var response in responses)
        {
            await store.Forums.UpsertResponseAsync(response, Ct);
        }

        var streamed = await store.Forums.StreamOpenAnswersAsync(item, Ct).ToListAsync(Ct);

        Assert.Equal([Quoted, Escaped, LooksLikeJson], streamed);
        var fromResults = (await store.Forums.GetResponsesAsync(item, Ct)).Select(r => Results.ResultsCalculator.OpenAnswer(r.Answer)).OfType<string>();
        Assert.Equal(fromResults, streamed);
    }
}
