using Collaboration.Forums.Results.Disclosure;

namespace Collaboration.Forums.Results;

/// <summary>
/// The results of one item as every output may publish them, computed from its stored answers every time (never from
/// counters that can drift) and passed through <see cref="ResultsDisclosure"/>: below the series' threshold k nothing
/// but <see cref="WithheldBelow"/> is set; <see cref="ByGroup"/> holds respondents per stakeholder group (never a
/// group's split over the options), after primary and complementary suppression.
/// </summary>
public abstract record ItemResults(Guid ItemId, int Respondents)
{
    public IReadOnlyList<GroupRespondents> ByGroup { get; init; } = [];

    /// <summary>
    /// Set (to k) when the item has answers but fewer than k respondents: then <see cref="Respondents"/> is 0 and the
    /// distributions are empty, and outputs say that results appear from k answers on.
    /// </summary>
    public int? WithheldBelow { get; init; }
}
