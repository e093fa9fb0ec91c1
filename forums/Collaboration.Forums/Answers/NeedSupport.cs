namespace Collaboration.Forums.Answers;

/// <summary>A participant's "me too" for a need entry; at most one per (need, respondent key).</summary>
public sealed record NeedSupport(Guid NeedId, string RespondentKey, DateTimeOffset CreatedAt);
