using Collaboration.Forums.Privacy;

namespace Collaboration.Forums.Ports;

/// <summary>The store's side of retention; <see cref="RetentionSweeper"/> decides what is due.</summary>
public interface IRetentionStore
{
    /// <summary>
    /// Closed forums stored before close times were recorded get <paramref name="now"/>, so their retention period
    /// starts on the first sweep rather than never.
    /// </summary>
    Task StampUnknownCloseTimesAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Series whose personal data is still there, with the close time of each closed forum.</summary>
    Task<IReadOnlyList<RetentionCandidate>> GetCandidatesAsync(CancellationToken cancellationToken);

    /// <summary>Applies <see cref="RetentionRules"/> to one series in one transaction; false when it was done already.</summary>
    Task<bool> RemovePersonalDataAsync(Guid seriesId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Deletes the recipients of fan-outs whose item is closed and whose fan-outs (item and reminders) are all done.</summary>
    Task<int> DropFinishedRostersAsync(CancellationToken cancellationToken);

    /// <summary>Deletes outbox messages done before <paramref name="doneBefore"/>, and finished erasure jobs at once.</summary>
    Task<int> PurgeFinishedOutboxAsync(DateTimeOffset doneBefore, CancellationToken cancellationToken);

    /// <summary>Deletes served files (download links) that expired before <paramref name="now"/>.</summary>
    Task<int> RemoveExpiredFilesAsync(DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>A series that still holds personal data, and when its closed forums closed.</summary>
public sealed record RetentionCandidate(ForumSeries Series, IReadOnlyDictionary<int, DateTimeOffset> ClosedAt);
