namespace Collaboration.Forums.Participants;

/// <summary>
/// Someone taking part in a series, declared once through the onboarding card.
/// <paramref name="UserId"/> is the Entra object ID (or the Teams user ID where there is none).
/// </summary>
public sealed record Participant(Guid Id, Guid SeriesId, string UserId, string DisplayName, string GroupKey,
    string Organisation, string? Municipality, DateTimeOffset JoinedAt);
