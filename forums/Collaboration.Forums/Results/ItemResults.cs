namespace Collaboration.Forums.Results;

/// <summary>
/// The results of one item, computed from its stored answers every time (never from counters that can drift).
/// <see cref="ByGroup"/> holds one slice per stakeholder group with at least the series' minimum of respondents;
/// smaller groups appear only inside the totals.
/// </summary>
public abstract record ItemResults(Guid ItemId, int Respondents)
{
    public IReadOnlyList<GroupSlice> ByGroup { get; init; } = [];
}

/// <summary>The results of one stakeholder group (same shape as the totals, without further slices).</summary>
public sealed record GroupSlice(string GroupKey, ItemResults Results);
