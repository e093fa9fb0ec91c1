using Collaboration.Fixtures;
using System.Globalization;
using Collaboration.Forums.Results;
using Collaboration.Simulator.Hosting;
using Collaboration.Simulator.Play;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Collaboration.Simulator.Tests;

/// <summary>
/// The simulator plays the seed's whole series with a few participants against the built bot (a child process on
/// a fresh SQLite file) through /api/messages, with the fake connector receiving the bot's posts.
/// </summary>
public sealed class SimulatorRunTests : IDisposable
{
    private const int Participants = 9;
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("simulator-test-");

    [Fact]
    public async Task Whole_series_stores_exactly_what_the_participants_sent_and_ends_with_deck_and_report()
    {
        var result = await Simulation.RunAsync(new SimulationOptions(Participants, Seed: 7, Parallel: 4, Forums: 3, _output), TextWriter.Null, CancellationToken.None);

        Assert.True(result.Failures == 0 && result.Refusals == 0, string.Join('\n', result.Problems));
        var check = Assert.IsType<Verify.StoreCheck>(result.Check);
        Assert.Equal(Participants, check.Participants);
        Assert.Equal(17, check.Items.Count);
        Assert.All(check.Items, item =>
        {
            Assert.True(item.Sent == item.Stored, $"{item.Key}: sent {item.Sent}, stored {item.Stored}");
            Assert.True(item.SameAnswers, $"{item.Key}: the stored answers differ from the sent ones");
            Assert.True(item.SamePerRespondent, $"{item.Key}: a respondent's stored answer is not theirs");
        });
        Assert.True(check.AnswersSent > Participants * 10, $"only {check.AnswersSent} answers were sent");
        Assert.Equal(check.NeedsSent, check.NeedsStored);
        Assert.Equal(check.SupportsSent, check.SupportsStored);
        await AssertOptionCountsAsync(result);
        AssertOpens(result.Deck!, path => PresentationDocument.Open(path, false));
        AssertOpens(result.Report!, path => WordprocessingDocument.Open(path, false));
    }

    [Fact]
    public async Task Same_seed_gives_the_same_results_run_after_run()
    {
        var first = await Simulation.RunAsync(new SimulationOptions(Participants, Seed: 11, Parallel: 4, Forums: 1, _output, WriteDocuments: false), TextWriter.Null, CancellationToken.None);
        var second = await Simulation.RunAsync(new SimulationOptions(Participants, Seed: 11, Parallel: 4, Forums: 1, _output, WriteDocuments: false), TextWriter.Null, CancellationToken.None);
        var other = await Simulation.RunAsync(new SimulationOptions(Participants, Seed: 12, Parallel: 4, Forums: 1, _output, WriteDocuments: false), TextWriter.Null, CancellationToken.None);

        Assert.NotEqual(first.SeriesId, second.SeriesId);
        Assert.Equal(first.Check!.CountsFingerprint, second.Check!.CountsFingerprint);
        Assert.Equal(first.Check.RespondentsFingerprint, second.Check.RespondentsFingerprint);
        Assert.NotEqual(first.Check.RespondentsFingerprint, other.Check!.RespondentsFingerprint);
    }

    public void Dispose() => _output.Delete(recursive: true);

    /// <summary>
    /// A second path to the same claim: the counts the bot's own results calculation finds per option (what the
    /// cards and reports show) equal the counts of the options the simulated participants chose.
    /// </summary>
    private static async Task AssertOptionCountsAsync(SimulationResult result)
    {
        var store = Directory.GetFiles(Path.Combine(result.Deck!.DirectoryName!, "work"), "*.db").Single();
        using var reader = StoreTarget.SqliteFile(store).OpenReader();
        var series = (await reader.Store.GetSeriesAsync(result.SeriesId, CancellationToken.None))!;
        var compared = 0;
        foreach (var item in series.Forums.SelectMany(f => f.Items))
        {
            var sent = result.SentAnswers.Where(a => Guid.Parse(a.Key.ItemId) == item.Id).Select(a => a.Value).ToList();
            var results = ResultsCalculator.Compute(item, await reader.Store.GetResponsesAsync(item.Id, CancellationToken.None), series);
            switch (results)
            {
                case ChoiceResults choices:
                    foreach (var tally in choices.Tallies)
                    {
                        var chosen = sent.Count(s => s[2..].Split(',').Contains(tally.Choice.Key));
                        Assert.True(chosen == tally.Count, $"{item.Key}/{tally.Choice.Key}: sent {chosen}, results count {tally.Count}");
                    }

                    compared++;
                    break;
                case RatingResults rating:
                    foreach (var bucket in rating.Distribution)
                    {
                        var given = sent.Count(s => s == "r:" + bucket.Value.ToString(CultureInfo.InvariantCulture));
                        Assert.True(given == bucket.Count, $"{item.Key}={bucket.Value}: sent {given}, results count {bucket.Count}");
                    }

                    compared++;
                    break;
            }
        }

        Assert.True(compared >= 8, $"only {compared} choice and rating questions compared");
    }

    private static void AssertOpens(FileInfo file, Func<string, OpenXmlPackage> open)
    {
        Assert.True(file.Exists && file.Length > 10_000, $"{file.FullName} is missing or nearly empty");
        using var document = open(file.FullName);
        OfficeValidation.AssertValid(document);
    }
}
