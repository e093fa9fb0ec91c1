using Collaboration.Forums.Results.Disclosure;
using Collaboration.Forums.Series;

namespace Collaboration.Reports.Building;

/// <summary>
/// The report's counts per stakeholder group. Participants go through the domain's <see cref="GroupSuppression"/>; a
/// forum's answers and respondents per group are only sums and maxima of what the items already publish (their
/// <see cref="ItemResults.ByGroup"/>), so the forum table can never reveal a count that an item card hid: a forum sum
/// of a group that one item suppressed would otherwise give that item's hidden count by subtraction.
/// </summary>
internal sealed class GroupFolding(ForumSeries series)
{
    private readonly IReadOnlyList<string> _order = [.. series.Groups.Select(g => g.Key)];

    /// <summary>Onboarded participants per group, suppressed like any other count.</summary>
    /// <param name="byGroup">Participants per group key as stored.</param>
    public IReadOnlyList<GroupCount> Participants(IReadOnlyDictionary<string, int> byGroup) =>
        [.. GroupSuppression.Publish(_order, byGroup, byGroup.Values.Sum(), SmallGroups.Threshold(series)).Select(g => new GroupCount(g.GroupKey, g.Respondents))];

    /// <summary>Answers in a forum per group: the items' published group counts added up.</summary>
    public IReadOnlyList<GroupCount> Answers(IEnumerable<ItemResults> items) =>
        InOrder(items.SelectMany(ByGroupOrAnonymous).GroupBy(g => g.GroupKey, StringComparer.Ordinal)
            .Select(g => new GroupCount(g.Key, g.Sum(x => x.Respondents))));

    /// <summary>
    /// People of a group who took part in a forum at least: the most the items published for that group (anonymous
    /// answers cannot be linked across items, so this is a lower bound, never a double count).
    /// </summary>
    public IReadOnlyList<GroupCount> Respondents(IEnumerable<ItemResults> items) =>
        InOrder(items.SelectMany(ByGroupOrAnonymous).GroupBy(g => g.GroupKey, StringComparer.Ordinal)
            .Select(g => new GroupCount(g.Key, g.Max(x => x.Respondents))));

    /// <summary>
    /// An item's published groups; an item published without any (its answers carry no group: an anonymous question)
    /// counts under <see cref="GroupCount.AnonymousAnswers"/> with its published total, which adds nothing unpublished.
    /// </summary>
    private static IEnumerable<GroupRespondents> ByGroupOrAnonymous(ItemResults item) =>
        item.ByGroup.Count == 0 && item.Respondents > 0 ? [new GroupRespondents(GroupCount.AnonymousAnswers, item.Respondents)] : item.ByGroup;

    /// <summary>The counts in the series' group order, the rest last.</summary>
    private List<GroupCount> InOrder(IEnumerable<GroupCount> counts)
    {
        var order = _order.Select((key, i) => (key, i)).ToDictionary(x => x.key, x => x.i, StringComparer.Ordinal);
        return [.. counts.OrderBy(c => order.TryGetValue(c.GroupKey, out var i) ? i : int.MaxValue)];
    }
}
