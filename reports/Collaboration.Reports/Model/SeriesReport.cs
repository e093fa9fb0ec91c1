using System.Text.Json.Serialization;
using Collaboration.Forums.Series;

namespace Collaboration.Reports.Model;

/// <summary>
/// Everything the executive outputs show about one series, computed once from the store (or read from an export),
/// so that the deck, the Word report and the export file all tell the same numbers.
/// </summary>
/// <param name="AsOf">When the results were taken; also the documents' timestamps, so equal input gives equal bytes.</param>
/// <param name="Participants">Onboarded participants per stakeholder group; groups below the minimum are folded into <see cref="GroupCount.OtherGroups"/>.</param>
public sealed record SeriesReport(
    int FormatVersion,
    Guid SeriesId,
    LocalizedText Title,
    LocalizedText? Goal,
    DateTimeOffset AsOf,
    int MinGroupSize,
    IReadOnlyList<StakeholderGroup> Groups,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<GroupCount> Participants,
    IReadOnlyList<ForumReport> Forums,
    IReadOnlyList<Milestone> ImplementationPath)
{
    /// <summary>
    /// The export format this code writes; readers refuse newer versions with a clear message. Version 2: results per
    /// group are counts after disclosure control (version 1 held each group's full results and is refused).
    /// </summary>
    public const int CurrentFormatVersion = 2;

    [JsonIgnore]
    public int TotalParticipants => Participants.Sum(p => p.Count);

    /// <summary>Forums that were opened (and maybe closed since): a report before the last forum says "1 of 3 planned".</summary>
    [JsonIgnore]
    public int HeldForums => Forums.Count(f => f.Status != ForumStatus.Draft);
}
