namespace Collaboration.Forums.Store.Entities;

/// <summary>A file behind a download link (see <see cref="Collaboration.Forums.Ports.ISharedFileStore"/>).</summary>
internal sealed class SharedFileEntity
{
    public Guid Id { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public string? SubjectId { get; set; }
}
