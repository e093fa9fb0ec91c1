using Collaboration.Forums.Kinds.Ranking;

namespace Collaboration.Reports.Tests.Support;

/// <summary>
/// A closed forum with one item of every answered kind (ranking included), answered by eleven people in three groups
/// (6, 4 and 1, so the small group forces a fold at k = 3), with answers that repeat (so the store's counts group them),
/// stored answers that no longer fit the item (an option key gone, a value off the scale, a place named twice), blank
/// open answers, an anonymous item and an item with two answers only (withheld).
/// </summary>
internal static class EveryKind
{
    public const string SingleChoice = "einfach";
    public const string AnonymousRating = "anonym";
    public const string Withheld = "wenige";
    public const int People = 11;

    private static readonly string[] Abcd = ["a", "b", "c", "d"];
    private static readonly string[] Groups = ["kommune", "landkreis", "wissenschaft"];

    /// <summary>Stores the series and its answers; returns the series.</summary>
    public static async Task<ForumSeries> SeedAsync(IForumStore store, DateTimeOffset start)
    {
        var series = Series(start);
        await store.AddSeriesAsync(series, default);
        foreach (var item in series.Forums[0].Items)
        {
            for (var p = 0; p < (item.Key == Withheld ? 2 : People); p++)
            {
                var group = item.Anonymous ? string.Empty : Groups[p < 6 ? 0 : p < 10 ? 1 : 2];
                await store.UpsertResponseAsync(new Response(item.Id, $"key-{p}", null, group, AnswerOf(item.Spec, p), start.AddMinutes(p)), default);
            }
        }

        return series;
    }

    private static ForumSeries Series(DateTimeOffset start)
    {
        ItemSpec[] specs =
        [
            new SingleChoiceSpec(Options(3)),
            new MultipleChoiceSpec(Options(4), 3),
            new RatingScaleSpec(1, 5, null, null),
            new RatingScaleSpec(1, 5, null, null),
            new RatingScaleSpec(1, 5, null, null),
            new MatrixChoiceSpec(Options(2, "r"), Options(3)),
            new MatrixRatingSpec(Options(2, "r"), Options(2), 1, 5),
            new PointsSpec(Options(3), 10, null, false),
            new RankingSpec(Options(4), 3),
            new OpenTextSpec(500),
        ];
        string[] keys = [SingleChoice, "mehrfach", "bewertung", AnonymousRating, Withheld, "matrix", "matrixbewertung", "punkte", "rangfolge", "offen"];
        var items = specs.Select((spec, i) => new ForumItem(Guid.NewGuid(), keys[i], i + 1, new LocalizedText($"Frage {i + 1}"), spec,
            keys[i] == AnonymousRating, ItemStatus.Closed)).ToList();
        var forum = new Forum(Guid.NewGuid(), 1, new LocalizedText("Forum 1"), null, ForumStatus.Closed, items);
        return new ForumSeries(Guid.NewGuid(), new LocalizedText("Reihe"), null, "moderator", start,
            [.. Groups.Select(g => new StakeholderGroup(g, new LocalizedText(g)))], [], [forum], [], minGroupSize: 3);
    }

    private static List<Choice> Options(int count, string prefix = "") =>
        [.. Abcd.Take(count).Select(k => new Choice(prefix + k, new LocalizedText(prefix + k)))];

    private static Answer AnswerOf(ItemSpec spec, int p) => spec switch
    {
        SingleChoiceSpec => new ChoiceAnswer([p == 10 ? "x" : Abcd[p % 3]]),
        MultipleChoiceSpec => new ChoiceAnswer([.. Abcd.Where((_, bit) => ((p + 1) & (1 << bit)) != 0)]),
        RatingScaleSpec => new RatingAnswer(p == 10 ? 9 : 1 + (p % 5)),
        MatrixChoiceSpec => new MatrixChoiceAnswer(new Dictionary<string, string> { ["ra"] = Abcd[p % 3], ["rb"] = p == 3 ? "z" : Abcd[p / 2 % 3] }),
        MatrixRatingSpec => new MatrixRatingAnswer(new Dictionary<string, IReadOnlyDictionary<string, int>>
        {
            ["ra"] = new Dictionary<string, int> { ["a"] = 1 + (p % 5), ["b"] = 1 + (p * 2 % 5) },
            ["rb"] = new Dictionary<string, int> { ["a"] = p == 4 ? 7 : 1 + ((p + 1) % 5) },
        }),
        PointsSpec => new PointsAnswer(new Dictionary<string, int> { ["a"] = p % 6, ["b"] = 10 - (p % 6) }),
        RankingSpec => new RankingAnswer(p == 10 ? ["a", "a", "b"] : [.. Abcd.Skip(p % 4).Concat(Abcd.Take(p % 4)).Take(3)]),
        OpenTextSpec => new TextAnswer(p % 4 == 0 ? "  " : $"Antwort {p % 5}"),
        _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.GetType().Name, "no answer for this kind"),
    };
}
