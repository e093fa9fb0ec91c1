namespace Collaboration.Forums.Answers;

/// <summary>
/// One entry of a needs collection; a participant may file many. <paramref name="ClientKey"/> is the id the card
/// carried when it was submitted, so a retried or double-clicked submit files the entry once.
/// </summary>
public sealed record NeedEntry(Guid Id, Guid ItemId, string RespondentKey, Guid? ParticipantId, string GroupKey,
    NeedKind Kind, string TopicKey, string Text, string ClientKey, DateTimeOffset CreatedAt)
{
    /// <summary>The need a moderator merged this one into (see <see cref="NeedMerges"/>); null while it stands on its own.</summary>
    public Guid? MergedIntoId { get; init; }

    /// <summary>The text a moderator wrote for the merged need this one holds; null: its own text stands.</summary>
    public string? MergedText { get; init; }

    /// <summary>The text the need is shown with: the moderator's for a merged need that got one, else the author's.</summary>
    public string ShownText => MergedText ?? Text;
}
