using Collaboration.Forums.Items;

namespace Collaboration.Forums.Answers;

/// <summary>
/// One entry of a needs collection; a participant may file many. <paramref name="ClientKey"/> is the id the card
/// carried when it was submitted, so a retried or double-clicked submit files the entry once.
/// </summary>
public sealed record NeedEntry(Guid Id, Guid ItemId, string RespondentKey, Guid? ParticipantId, string GroupKey,
    NeedKind Kind, string TopicKey, string Text, string ClientKey, DateTimeOffset CreatedAt);
