using Collaboration.Forums.Delivery;

namespace Collaboration.Forums.Ports;

/// <summary>
/// Fan-outs and their recipients' delivery state. Claims are leases: a recipient claimed by one bot instance is
/// invisible to the others until the lease runs out, so two instances never send the same member the card.
/// </summary>
public interface IFanOutStore
{
    /// <summary>Stores the fan-out and the recipients known already (a reminder's); an item fan-out reads its roster later.</summary>
    Task AddAsync(FanOut fanOut, IReadOnlyList<FanOutRecipient> recipients, CancellationToken cancellationToken);

    Task<FanOut?> GetAsync(Guid fanOutId, CancellationToken cancellationToken);

    /// <summary>The newest fan-out of an item of this kind, or null.</summary>
    Task<FanOut?> GetLatestAsync(Guid itemId, FanOutKind kind, CancellationToken cancellationToken);

    /// <summary>The newest fan-out of an item, of either kind, that was asked for in <paramref name="sourceConversationId"/>; or null.</summary>
    Task<FanOut?> GetLatestFromAsync(Guid itemId, string sourceConversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Whether any fan-out is not finished yet: a read, so an idle worker can look every poll without writing
    /// (its claims are UPDATEs, and on SQLite an UPDATE takes the one write lock even when it changes nothing).
    /// </summary>
    Task<bool> HasUnfinishedAsync(CancellationToken cancellationToken);

    /// <summary>Leases fan-outs whose roster is not yet stored, so that one instance reads each roster.</summary>
    Task<IReadOnlyList<FanOut>> LeaseRosterAsync(string owner, TimeSpan leaseFor, CancellationToken cancellationToken);

    /// <summary>Adds roster members as pending recipients; a member stored already is left as it is (re-reading a roster is harmless).</summary>
    Task AddRecipientsAsync(Guid fanOutId, IReadOnlyList<FanOutRecipient> recipients, CancellationToken cancellationToken);

    Task CompleteRosterAsync(Guid fanOutId, CancellationToken cancellationToken);

    /// <summary>Claims up to <paramref name="max"/> pending recipients that are due and not leased by anyone, counting an attempt.</summary>
    Task<IReadOnlyList<FanOutRecipient>> ClaimAsync(string owner, int max, TimeSpan leaseFor, CancellationToken cancellationToken);

    /// <summary>Remembers the personal chat created for a member whose send then failed, so the retry does not create it again.</summary>
    Task SaveConversationAsync(Guid fanOutId, string userId, string conversationId, CancellationToken cancellationToken);

    /// <summary>Marks the member sent into their personal chat (one write per member); false when the member was not pending any more.</summary>
    Task<bool> MarkSentAsync(Guid fanOutId, string userId, string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>Releases the claim and makes the member due again at <paramref name="nextAttemptAt"/>.</summary>
    Task DeferAsync(Guid fanOutId, string userId, string failure, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken);

    /// <summary>Hands back every claim of <paramref name="owner"/> that is still pending (an instance stopping in order).</summary>
    Task ReleaseClaimsAsync(string owner, CancellationToken cancellationToken);

    Task MarkUnreachableAsync(Guid fanOutId, string userId, string failure, CancellationToken cancellationToken);

    /// <summary>
    /// Marks complete every fan-out whose roster is stored and that has no pending recipient left, and returns those
    /// this call completed: exactly one caller sees each fan-out complete, and that one reports it.
    /// </summary>
    Task<IReadOnlyList<FanOut>> CompleteFinishedAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<FanOutRecipient>> GetRecipientsAsync(Guid fanOutId, CancellationToken cancellationToken);

    /// <summary>
    /// The series that last sent an item privately into this personal chat, or null. A personal chat is bound to no
    /// series, yet commands typed there after a private item should speak about that item's series.
    /// </summary>
    Task<Guid?> GetSeriesOfPersonalConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Whether the series ever delivered an item or reminder into this personal chat.</summary>
    Task<bool> HasSentIntoAsync(Guid seriesId, string personalConversationId, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="HasSentIntoAsync"/>, but the instance may answer from what it kept without reading again. Only for a
    /// vote, whose write checks it in its own transaction (<see cref="ConversationTie"/>).
    /// </summary>
    Task<bool> HasKeptSentIntoAsync(Guid seriesId, string personalConversationId, CancellationToken cancellationToken) =>
        HasSentIntoAsync(seriesId, personalConversationId, cancellationToken);
}
