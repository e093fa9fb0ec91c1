namespace Collaboration.Forums.Ports;

/// <summary>
/// Files the product serves behind expiring links (the executive deck and report, a person's data export), kept where
/// every instance reads them: a link made by one instance is opened through whichever instance the load balancer picks.
/// </summary>
public interface ISharedFileStore
{
    Task AddAsync(SharedFile file, CancellationToken cancellationToken);

    /// <summary>The file, or null when there is none (never stored, expired and removed, or erased).</summary>
    Task<SharedFile?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Deletes every file that expired before <paramref name="now"/>; returns how many.</summary>
    Task<int> RemoveExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>
/// A served file. <paramref name="SubjectId"/> is the user id whose personal data the file holds (a data export), so
/// that person's erasure deletes it; null for files about a series, which hold totals and no names.
/// </summary>
public sealed record SharedFile(Guid Id, string FileName, string ContentType, byte[] Content, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, string? SubjectId);
