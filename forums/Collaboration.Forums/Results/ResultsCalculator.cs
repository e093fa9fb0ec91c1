using Collaboration.Forums.Kinds;
using Collaboration.Forums.Results.Disclosure;

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

    /// <summary>
    /// The same results as <see cref="Compute"/> from an item's latest answers read as counts (one per stored answer and
    /// group, see <see cref="AnswerTally"/>), so a report of a million answers never holds one object per answer; the
    /// disclosure rule decides on the same respondents per group. Open answers come in the tallies' order, not oldest
    /// first: readers that list them read them from the store in order.
    /// </summary>
    public static ItemResults ComputeTallied(ForumItem item, IReadOnlyList<AnswerTally> tallies, ForumSeries series)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(tallies);
        ArgumentNullException.ThrowIfNull(series);
        var latest = new TalliedResponses(item.Id, tallies);
        var (known, total) = latest.Groups();
        return ResultsDisclosure.Publish(ItemKinds.Of(item.Spec).Compute(item.Id, item.Spec, latest), GroupOrder(series), known, total, SmallGroups.Threshold(series));
    }

    /// <summary>The figures before disclosure control: for tests of the counting only, never for an output.</summary>
    internal static ItemResults ComputeUnpublished(ForumItem item, IReadOnlyList<Response> responses) => ComputeCore(item, Latest(item, responses));

    /// <summary>The ranking before disclosure control: for tests of the counting only, never for an output.</summary>
    internal static NeedsResults RankUnpublished(ForumItem item, IReadOnlyList<NeedEntry> needs, IReadOnlyList<NeedSupport> supports) =>
        RankNeeds(item.Id, [.. needs.Where(n => n.ItemId == item.Id)], CountSupporters(needs.Where(n => n.ItemId == item.Id).ToList(), supports));

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
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(supports);
        return ComputeNeeds(item, needs, CountSupporters([.. needs.Where(n => n.ItemId == item.Id)], supports), series);
    }

    /// <summary>
    /// The same results as the overload that takes every support, from the supporters the store counted per need
    /// that stands (see <see cref="CountSupporters"/>), so a report of 100,000 needs never holds their supports.
    /// </summary>
    public static NeedsResults ComputeNeeds(ForumItem item, IReadOnlyList<NeedEntry> needs, IReadOnlyDictionary<Guid, int> supporters, ForumSeries series)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(supporters);
        ArgumentNullException.ThrowIfNull(series);

        var own = needs.Where(n => n.ItemId == item.Id).ToList();
        return ComputeNeeds(item, NeedFilers.Of(own), Rank(own, supporters), series);
    }

    /// <summary>
    /// The same results from a ranking read as the store ranks it (<see cref="Rank"/>'s order, see
    /// <see cref="RankedNeedOrder"/>) and the filers it counted (<see cref="NeedFilers"/>), so a report of 100,000
    /// needs can stream them: <paramref name="ranking"/> may be a list that knows its count and first entries only.
    /// The disclosure rule decides on the same filers per group.
    /// </summary>
    public static NeedsResults ComputeNeeds(ForumItem item, NeedFilers filers, IReadOnlyList<RankedNeed> ranking, ForumSeries series)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(filers);
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(series);
        return ResultsDisclosure.Publish(new NeedsResults(item.Id, filers.Respondents, ranking), GroupOrder(series), filers.KnownGroups, filers.Respondents,
            SmallGroups.Threshold(series));
    }

    /// <summary>
    /// The supporters of each need that stands (see <see cref="NeedMerges.Group"/>), by its id: the author counts as
    /// the first supporter and supporting one's own entry adds nothing; in a merged need each person counts once,
    /// authors of its sources and everyone who supported any of them, as one set of keys. Stores that count in SQL
    /// follow this rule; this is the rule read from every support.
    /// </summary>
    /// <param name="needs">The item's needs, all of them.</param>
    public static IReadOnlyDictionary<Guid, int> CountSupporters(IReadOnlyList<NeedEntry> needs, IReadOnlyList<NeedSupport> supports)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(supports);
        var supportersByNeed = SupportersByNeed(supports);
        return NeedMerges.Group(needs).ToDictionary(g => g.Need.Id, g => g.Members
            .SelectMany(n => supportersByNeed.TryGetValue(n.Id, out var keys) ? keys.Prepend(n.RespondentKey) : [n.RespondentKey])
            .Distinct(StringComparer.Ordinal)
            .Count());
    }

    private static List<string> GroupOrder(ForumSeries series) => [.. series.Groups.Select(g => g.Key)];

    // An answer stored without its group (anonymous rows may drop it) still counts, in the rest, never in a group.
    private static string? KnownGroup(string? key) => string.IsNullOrEmpty(key) ? null : key;

    private static NeedsResults RankNeeds(Guid itemId, List<NeedEntry> needs, IReadOnlyDictionary<Guid, int> supporters)
    {
        var respondents = needs.Select(n => n.RespondentKey).Distinct(StringComparer.Ordinal).Count();
        return new NeedsResults(itemId, respondents, Rank(needs, supporters));
    }

    /// <summary>
    /// The needs that stand (see <see cref="NeedMerges.Group"/>), ranked by supporters, then age, then shown text
    /// (ordinal), then id; equal support shares a rank. Before disclosure control: outputs publish it through
    /// <see cref="ComputeNeeds(ForumItem, NeedFilers, IReadOnlyList{RankedNeed}, ForumSeries)"/>.
    /// </summary>
    /// <param name="needs">One item's needs, all of them.</param>
    /// <param name="supporters">As <see cref="CountSupporters"/> counts them.</param>
    public static IReadOnlyList<RankedNeed> Rank(IReadOnlyList<NeedEntry> needs, IReadOnlyDictionary<Guid, int> supporters)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(supporters);
        // A need that stands is always counted (its author supports it); one missing from a count read a moment
        // before it was filed has its author alone.
        var ordered = NeedMerges.Group(needs)
            .Select(g => (Group: g, Need: g.Need, Supporters: supporters.TryGetValue(g.Need.Id, out var count) ? count : 1))
            .OrderByDescending(x => x.Supporters)
            .ThenBy(x => x.Need.CreatedAt)
            // Anonymous needs keep only their day: within it, equal support is ordered by text, never by who came first.
            .ThenBy(x => x.Need.ShownText, StringComparer.Ordinal)
            .ThenBy(x => x.Need.Id)
            .ToList();
        var ranks = Ranking.Ranks(ordered, x => x.Supporters);
        return [.. ordered
            .Select((x, i) => new RankedNeed(x.Need.Id, ranks[i], x.Need.Kind, x.Need.TopicKey, x.Need.ShownText, x.Supporters, x.Need.CreatedAt)
            {
                Sources = x.Group.Sources.Count == 0 ? [] : [.. x.Group.Members.Select(n => new NeedSource(n.Id, n.Kind, n.TopicKey, n.Text))],
            })];
    }

    private static ItemResults ComputeCore(ForumItem item, List<Response> responses) => ItemKinds.Of(item.Spec).Compute(item.Id, item.Spec, responses);

    /// <summary>
    /// The text an open answer adds to <see cref="TextResults.Answers"/>, or null for another kind of answer or a blank
    /// one: the one rule for the results and for readers that stream an item's answers in the store's order.
    /// </summary>
    public static string? OpenAnswer(Answer? answer) => answer is TextAnswer { Text: var text } ? OpenText(text) : null;

    /// <summary>The text of an open answer as the results list it, or null for a blank one (for readers that take the text alone).</summary>
    public static string? OpenText(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
