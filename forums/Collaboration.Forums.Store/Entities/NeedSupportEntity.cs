namespace Collaboration.Forums.Store.Entities;

internal sealed class NeedSupportEntity
{
    public Guid NeedId { get; set; }

    public required string RespondentKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
