using Collaboration.Forums.Outbox;

namespace Collaboration.Forums.Ports;

/// <summary>
/// The delivery side of the outbox. Messages are leased, not taken: a worker that dies mid-job leaves a lease that
/// expires, and another worker (or the same one restarted) picks the message up again, so jobs must be idempotent.
/// </summary>
public interface IOutbox
{
    /// <summary>
    /// Adds a message on its own, for work asked for on demand or by another job. Idempotent by id: false when a
    /// message with this id exists (done or not), so a job that re-runs after a crash cannot queue its follow-up twice.
    /// </summary>
    Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Leases up to <paramref name="max"/> due messages of the given <paramref name="kinds"/> (not done, not poison, next
    /// attempt reached, no live lease) for <paramref name="leaseFor"/>, counting an attempt on each. Two concurrent
    /// callers never get the same message.
    /// </summary>
    Task<IReadOnlyList<OutboxEntry>> LeaseAsync(
        string owner, IReadOnlyCollection<string> kinds, int max, TimeSpan leaseFor, CancellationToken cancellationToken);

    /// <summary>
    /// Pushes the lease of a running job to now + <paramref name="leaseFor"/>; false when <paramref name="owner"/> no
    /// longer holds it (it expired and another worker took the message), and the job should stop.
    /// </summary>
    Task<bool> ExtendLeaseAsync(Guid id, string owner, TimeSpan leaseFor, CancellationToken cancellationToken);

    /// <summary>Marks the message done; false when it is unknown.</summary>
    Task<bool> CompleteAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// Records a failed attempt and releases the lease: the message is due again at <paramref name="nextAttemptAt"/>,
    /// or never again when <paramref name="poison"/>.
    /// </summary>
    Task<bool> FailAsync(Guid id, string failure, DateTimeOffset nextAttemptAt, bool poison, CancellationToken cancellationToken);

    /// <summary>Messages an operator should look at: poisoned ones and pending ones that failed at least once.</summary>
    Task<IReadOnlyList<OutboxEntry>> ListStuckAsync(CancellationToken cancellationToken);

    /// <summary>Every message not done yet (due, leased, waiting after a failure or poisoned), oldest first.</summary>
    Task<IReadOnlyList<OutboxEntry>> ListOpenAsync(CancellationToken cancellationToken);

    /// <summary>Makes a message due now with a fresh attempt count, poisoned or not; false when it is unknown or done.</summary>
    Task<bool> RetryAsync(Guid id, CancellationToken cancellationToken);

    Task<OutboxEntry?> GetAsync(Guid id, CancellationToken cancellationToken);
}
