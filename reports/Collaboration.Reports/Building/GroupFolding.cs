using Collaboration.Forums.Participants;
using Collaboration.Forums.Series;
using Collaboration.Reports.Model;

namespace Collaboration.Reports.Building;

/// <summary>
/// Decides once per series which stakeholder groups are too small to be shown on their own (fewer participants than
/// the series' minimum) and counts them together everywhere, so no count can be traced to a handful of people.
/// </summary>
internal sealed class GroupFolding
{
    private readonly IReadOnlyList<StakeholderGroup> _groups;
    private readonly HashSet<string> _shown;

    public GroupFolding(ForumSeries series, IEnumerable<string> participantGroups)
    {
        _groups = series.Groups;
        var minimum = Math.Max(1, series.MinGroupSize);
        _shown = participantGroups
            .GroupBy(g => g, StringComparer.Ordinal)
            .Where(g => g.Count() >= minimum)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The counts in the series' group order, the folded rest last.</summary>
    public IReadOnlyList<GroupCount> InOrder(IEnumerable<GroupCount> counts)
    {
        var order = _groups.Select((g, i) => (g.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        return [.. counts.OrderBy(c => order.TryGetValue(c.GroupKey, out var i) ? i : int.MaxValue)];
    }

    /// <summary>Counts per shown group in the series' group order, then the folded rest and the answers to anonymous questions (when there are any).</summary>
    public IReadOnlyList<GroupCount> Count(IEnumerable<string> groupKeys)
    {
        var counts = groupKeys.GroupBy(Bucket, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = _groups.Where(g => _shown.Contains(g.Key))
            .Select(g => new GroupCount(g.Key, counts.GetValueOrDefault(g.Key)))
            .ToList();
        if (counts.TryGetValue(GroupCount.OtherGroups, out var other))
        {
            result.Add(new GroupCount(GroupCount.OtherGroups, other));
        }

        if (counts.TryGetValue(GroupCount.AnonymousAnswers, out var anonymous))
        {
            result.Add(new GroupCount(GroupCount.AnonymousAnswers, anonymous));
        }

        return result;
    }

    private string Bucket(string groupKey) =>
        groupKey == RespondentKeys.NoGroup ? GroupCount.AnonymousAnswers
        : _shown.Contains(groupKey) ? groupKey
        : GroupCount.OtherGroups;
}
