using Collaboration.Forums.Items;

namespace Collaboration.Forums.Store.Entities;

/// <summary>A row of <c>items</c>; the spec and the carry-over rule are JSON written by the domain's polymorphic contracts.</summary>
internal sealed class ItemEntity
{
    public Guid Id { get; set; }

    public Guid ForumId { get; set; }

    public required string Key { get; set; }

    public int Position { get; set; }

    public required string Prompt { get; set; }

    public string? Help { get; set; }

    public required string Spec { get; set; }

    public bool Anonymous { get; set; }

    public ItemStatus Status { get; set; }

    public string? CarryOver { get; set; }
}
