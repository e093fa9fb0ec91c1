using Collaboration.Forums.Series;

namespace Collaboration.Forums.Store.Entities;

internal sealed class ForumEntity
{
    public Guid Id { get; set; }

    public Guid SeriesId { get; set; }

    public int Number { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public ForumStatus Status { get; set; }

    /// <summary>When the store saw the forum become closed; retention counts from the last one.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    public List<ItemEntity> Items { get; set; } = [];
}
