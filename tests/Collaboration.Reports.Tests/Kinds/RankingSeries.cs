using Collaboration.Forums.Kinds.Ranking;

namespace Collaboration.Reports.Tests.Kinds;

/// <summary>
/// The built-in series before anyone answered, plus a forum with two rankings whose Borda results a test spells out:
/// one answered by twelve people, one withheld because only two answered (below k = 5).
/// </summary>
internal static class RankingSeries
{
    public const string Prompt = "Welche Leistungen soll das Zentrum zuerst anbieten?";
    public const string WithheldPrompt = "Welche Betreiberform bevorzugen Sie?";

    /// <summary>Options best first by Borda score with three places: 3 points for place 1, 2 for place 2, 1 for place 3.</summary>
    public static readonly RankingResults Answered = new(Guid.NewGuid(), 12, 3,
    [
        Tally("beratung", "Digitalberatung für Kommunen", 1, [6, 3, 1]),   // 18 + 6 + 1 = 25
        Tally("schulung", "Schulungen und Qualifizierung", 2, [3, 5, 2]), // 9 + 10 + 2 = 21
        Tally("plattform", "Gemeinsame Plattformen", 3, [2, 2, 5]),     // 6 + 4 + 5 = 15
        Tally("foerder", "Fördermittelberatung", 4, [1, 2, 4]),          // 3 + 4 + 4 = 11
    ]);

    public static async Task<SeriesReport> BuildAsync()
    {
        var report = await EmptySeries.BuildAsync();
        var spec = new RankingSpec([.. Answered.Tallies.Select(t => t.Choice)], 3);
        var withheld = new RankingResults(Guid.NewGuid(), 0, 3, []) { WithheldBelow = 5 };
        var forum = new ForumReport(5, new LocalizedText("Prioritäten", "Priorities"), null, ForumStatus.Closed, [], [],
        [
            new ItemReport("f5-ranking", new LocalizedText(Prompt, "Which services should the centre offer first?"), false, spec, null, Answered),
            new ItemReport("f5-withheld", new LocalizedText(WithheldPrompt, "Which operator model do you prefer?"), true, spec, null, withheld),
        ]);
        return report with { Forums = [.. report.Forums, forum] };
    }

    private static RankedTally Tally(string key, string label, int rank, int[] places) =>
        new(new Choice(key, new LocalizedText(label)), rank, places.Select((c, p) => c * (places.Length - p)).Sum(), places,
            places.Sum() == 0 ? null : places.Select((c, p) => c * (p + 1.0)).Sum() / places.Sum());
}
