using Collaboration.Forums.Items;

namespace Collaboration.Forums.Store.Entities;

internal sealed class NeedEntryEntity
{
    public Guid Id { get; set; }

    public Guid ItemId { get; set; }

    public required string RespondentKey { get; set; }

    public Guid? ParticipantId { get; set; }

    public required string GroupKey { get; set; }

    public NeedKind Kind { get; set; }

    public required string TopicKey { get; set; }

    public required string Text { get; set; }

    public required string ClientKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? MergedIntoId { get; set; }

    public string? MergedText { get; set; }
}
