namespace Collaboration.Forums.Answers;

/// <summary>
/// The stored answer of one respondent to one item; there is at most one per (item, respondent key).
/// For anonymous items <paramref name="ParticipantId"/> is null, <paramref name="GroupKey"/> is empty and
/// <paramref name="UpdatedAt"/> holds the UTC day only (see <see cref="Participants.RespondentKeys"/>); for named items the group
/// is kept so results can be broken down by stakeholder group (small groups are folded away when results are computed).
/// </summary>
public sealed record Response(Guid ItemId, string RespondentKey, Guid? ParticipantId, string GroupKey, Answer Answer, DateTimeOffset UpdatedAt);
