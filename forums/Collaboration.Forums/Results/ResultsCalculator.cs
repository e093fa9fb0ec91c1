using Collaboration.Forums.Answers;
using Collaboration.Forums.Items;
using Collaboration.Forums.Results.Disclosure;
using Collaboration.Forums.Series;

namespace Collaboration.Forums.Results;

/// <summary>
/// Computes an item's results from its stored answers, as they may be published (see <see cref="ResultsDisclosure"/>). Answers that no longer fit the item (an option replaced by
/// a carry-over, a value outside the scale) are skipped for that part, never fatal: results must render whatever
/// the database holds. Ranks follow <see cref="Ranking"/>: equal scores share a rank.
/// </summary>
public static class ResultsCalculator
{
    public static ItemResults Compute(ForumItem item, IReadOnlyList<Response> responses, ForumSeries series)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(series);
        var latest = Latest(item, responses);
        return ResultsDisclosure.Publish(ComputeCore(item, latest), GroupOrder(series), [.. latest.Select(r => KnownGroup(r.GroupKey))],
            SmallGroups.Threshold(series));
    }

    /// <summary>The figures before disclosure control: for tests of the counting only, never for an output.</summary>
    internal static ItemResults ComputeUnpublished(ForumItem item, IReadOnlyList<Response> responses) => ComputeCore(item, Latest(item, responses));

    /// <summary>The ranking before disclosure control: for tests of the counting only, never for an output.</summary>
    internal static NeedsResults RankUnpublished(ForumItem item, IReadOnlyList<NeedEntry> needs, IReadOnlyList<NeedSupport> supports) =>
        RankNeeds(item.Id, [.. needs.Where(n => n.ItemId == item.Id)], SupportersByNeed(supports));

    // One answer per respondent: the store guarantees it, but a stale read must not count anyone twice.
    private static List<Response> Latest(ForumItem item, IReadOnlyList<Response> responses) => [.. responses
        .Where(r => r.ItemId == item.Id && r.Answer is not null)
        .GroupBy(r => r.RespondentKey, StringComparer.Ordinal)
        .Select(g => g.MaxBy(r => r.UpdatedAt)!)
        .OrderBy(r => r.UpdatedAt)];

    private static Dictionary<Guid, HashSet<string>> SupportersByNeed(IReadOnlyList<NeedSupport> supports) => supports
        .GroupBy(s => s.NeedId)
        .ToDictionary(g => g.Key, g => g.Select(s => s.RespondentKey).ToHashSet(StringComparer.Ordinal));

    public static NeedsResults ComputeNeeds(ForumItem item, IReadOnlyList<NeedEntry> needs, IReadOnlyList<NeedSupport> supports, ForumSeries series)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(supports);
        ArgumentNullException.ThrowIfNull(series);

        var own = needs.Where(n => n.ItemId == item.Id).ToList();
        var supportersByNeed = SupportersByNeed(supports);

        var filers = own.DistinctBy(n => n.RespondentKey, StringComparer.Ordinal).Select(n => KnownGroup(n.GroupKey)).ToList();
        return ResultsDisclosure.Publish(RankNeeds(item.Id, own, supportersByNeed), GroupOrder(series), filers, SmallGroups.Threshold(series));
    }

    private static List<string> GroupOrder(ForumSeries series) => [.. series.Groups.Select(g => g.Key)];

    // An answer stored without its group (anonymous rows may drop it) still counts, in the rest, never in a group.
    private static string? KnownGroup(string? key) => string.IsNullOrEmpty(key) ? null : key;

    private static NeedsResults RankNeeds(Guid itemId, List<NeedEntry> needs, Dictionary<Guid, HashSet<string>> supportersByNeed)
    {
        // The author counts as the first supporter; supporting one's own entry adds nothing. In a merged need each
        // person counts once: authors of its sources and everyone who supported any of them, as one set of keys.
        int Supporters(MergedGroup group) => group.Members
            .SelectMany(n => supportersByNeed.TryGetValue(n.Id, out var keys) ? keys.Prepend(n.RespondentKey) : [n.RespondentKey])
            .Distinct(StringComparer.Ordinal)
            .Count();

        var ordered = NeedMerges.Group(needs)
            .Select(g => (Group: g, Need: g.Need, Supporters: Supporters(g)))
            .OrderByDescending(x => x.Supporters)
            .ThenBy(x => x.Need.CreatedAt)
            // Anonymous needs keep only their day: within it, equal support is ordered by text, never by who came first.
            .ThenBy(x => x.Need.ShownText, StringComparer.Ordinal)
            .ThenBy(x => x.Need.Id)
            .ToList();
        var ranks = Ranking.Ranks(ordered, x => x.Supporters);
        var ranking = ordered
            .Select((x, i) => new RankedNeed(x.Need.Id, ranks[i], x.Need.Kind, x.Need.TopicKey, x.Need.ShownText, x.Supporters, x.Need.CreatedAt)
            {
                Sources = x.Group.Sources.Count == 0 ? [] : [.. x.Group.Members.Select(n => new NeedSource(n.Id, n.Kind, n.TopicKey, n.Text))],
            })
            .ToList();
        var respondents = needs.Select(n => n.RespondentKey).Distinct(StringComparer.Ordinal).Count();
        return new NeedsResults(itemId, respondents, ranking);
    }

    private static ItemResults ComputeCore(ForumItem item, List<Response> responses) => item.Spec switch
    {
        SingleChoiceSpec s => Choices(item.Id, s.Choices, responses),
        MultipleChoiceSpec s => Choices(item.Id, s.Choices, responses),
        RatingScaleSpec s => Rating(item.Id, s, responses),
        OpenTextSpec => Texts(item.Id, responses),
        PointsSpec s => Points(item.Id, s, responses),
        MatrixChoiceSpec s => MatrixChoice(item.Id, s, responses),
        MatrixRatingSpec s => MatrixRating(item.Id, s, responses),

        // Needs live in their own table and are computed by ComputeNeeds; responses never hold them.
        NeedsCollectionSpec => new NeedsResults(item.Id, 0, []),
        _ => throw new NotSupportedException($"No results for item kind {item.Spec.KindName}."),
    };

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static ChoiceResults Choices(Guid itemId, IReadOnlyList<Choice> choices, List<Response> responses)
    {
        var answers = responses.Select(r => r.Answer).OfType<ChoiceAnswer>().Select(a => (a.ChoiceKeys ?? []).ToHashSet(StringComparer.Ordinal)).ToList();
        var tallies = choices
            .Select(c => answers.Count(a => a.Contains(c.Key)))
            .Zip(choices, (count, choice) => new ChoiceTally(choice, count, Share(count, answers.Count)))
            .ToList();
        return new ChoiceResults(itemId, answers.Count, tallies);
    }

    private static RatingResults Rating(Guid itemId, RatingScaleSpec spec, List<Response> responses)
    {
        var all = responses.Select(r => r.Answer).OfType<RatingAnswer>().ToList();
        var values = all.Select(a => a.Value).Where(v => v >= spec.Min && v <= spec.Max).ToList();
        var buckets = Enumerable.Range(spec.Min, spec.Max - spec.Min + 1)
            .Select(v => values.Count(x => x == v))
            .Select((count, i) => new RatingBucket(spec.Min + i, count, Share(count, values.Count)))
            .ToList();
        return new RatingResults(itemId, all.Count, values.Count == 0 ? null : values.Average(), buckets);
    }

    private static TextResults Texts(Guid itemId, List<Response> responses)
    {
        var texts = responses.Select(r => r.Answer).OfType<TextAnswer>().ToList();
        return new TextResults(itemId, texts.Count, [.. texts.Select(t => OpenAnswer(t)).OfType<string>()]);
    }

    /// <summary>
    /// The text an open answer adds to <see cref="TextResults.Answers"/>, or null for another kind of answer or a blank
    /// one: the one rule for the results and for readers that stream an item's answers in the store's order.
    /// </summary>
    public static string? OpenAnswer(Answer? answer) => answer is TextAnswer { Text: var text } ? OpenText(text) : null;

    /// <summary>The text of an open answer as the results list it, or null for a blank one (for readers that take the text alone).</summary>
    public static string? OpenText(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static PointsResults Points(Guid itemId, PointsSpec spec, List<Response> responses)
    {
        var answers = responses.Select(r => r.Answer).OfType<PointsAnswer>().Select(a => a.Points ?? new Dictionary<string, int>()).ToList();
        var perChoice = spec.Choices
            .Select((c, index) =>
            {
                var given = answers.Select(a => a.TryGetValue(c.Key, out var p) && p > 0 ? p : 0).ToList();
                return (Choice: c, Index: index, Points: given.Sum(), Supporters: given.Count(p => p > 0));
            })
            .OrderByDescending(x => x.Points)
            .ThenBy(x => x.Index)
            .ToList();
        var total = perChoice.Sum(x => x.Points);
        var ranks = Ranking.Ranks(perChoice, x => x.Points);
        var ranking = perChoice.Select((x, i) => new PointsTally(x.Choice, ranks[i], x.Points, x.Supporters, Share(x.Points, total))).ToList();
        return new PointsResults(itemId, answers.Count, total, ranking);
    }

    private static MatrixChoiceResults MatrixChoice(Guid itemId, MatrixChoiceSpec spec, List<Response> responses)
    {
        var answers = responses.Select(r => r.Answer).OfType<MatrixChoiceAnswer>().Select(a => a.ColumnByRow ?? new Dictionary<string, string>()).ToList();
        var rows = spec.Rows.Select(row =>
        {
            var chosen = answers
                .Select(a => a.TryGetValue(row.Key, out var column) ? column : null)
                .Where(column => column is not null && spec.Columns.Any(c => string.Equals(c.Key, column, StringComparison.Ordinal)))
                .ToList();
            var tallies = spec.Columns
                .Select(c => chosen.Count(k => string.Equals(k, c.Key, StringComparison.Ordinal)))
                .Zip(spec.Columns, (count, column) => new ChoiceTally(column, count, Share(count, chosen.Count)))
                .ToList();
            var best = tallies.Count == 0 ? 0 : tallies.Max(t => t.Count);
            var leaders = tallies.Where(t => t.Count == best).ToList();
            return new MatrixRowResult(row, tallies, best > 0 && leaders.Count == 1 ? leaders[0].Choice : null);
        }).ToList();
        return new MatrixChoiceResults(itemId, answers.Count, rows);
    }

    private static MatrixRatingResults MatrixRating(Guid itemId, MatrixRatingSpec spec, List<Response> responses)
    {
        var answers = responses.Select(r => r.Answer).OfType<MatrixRatingAnswer>()
            .Select(a => a.Ratings ?? new Dictionary<string, IReadOnlyDictionary<string, int>>()).ToList();
        var rows = spec.Rows.Select((row, index) =>
        {
            var cells = spec.Columns.Select(column =>
            {
                var values = answers
                    .Select(a => a.TryGetValue(row.Key, out var r) && r is not null && r.TryGetValue(column.Key, out var v) ? v : (int?)null)
                    .Where(v => v is { } x && x >= spec.Min && x <= spec.Max)
                    .Select(v => v!.Value)
                    .ToList();
                return (Cell: new MatrixRatingCell(column, values.Count == 0 ? null : values.Average(), values.Count), Values: values);
            }).ToList();
            var all = cells.SelectMany(c => c.Values).ToList();
            return (Row: row, Index: index, Mean: all.Count == 0 ? (double?)null : all.Average(), Cells: cells.Select(c => c.Cell).ToList());
        })
        .OrderBy(x => x.Mean is null)
        .ThenByDescending(x => x.Mean)
        .ThenBy(x => x.Index)
        .ToList();
        var ranks = Ranking.Ranks(rows, x => x.Mean);
        return new MatrixRatingResults(itemId, answers.Count, spec.Columns,
            [.. rows.Select((x, i) => new MatrixRatingRow(x.Row, ranks[i], x.Mean, x.Cells))]);
    }
}
