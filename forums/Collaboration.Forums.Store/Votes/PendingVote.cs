using Collaboration.Forums.Answers;

namespace Collaboration.Forums.Store.Votes;

/// <summary>A vote waiting for its batch; the voter's request awaits <see cref="Written"/>, set only after the commit.</summary>
/// <param name="snapshotRevision">The series revision the vote was decided at, to be checked in the batch; null: check only that the item is open.</param>
/// <param name="voter">The participant row the vote was decided with, to be checked in the batch; null: read fresh, no check.</param>
/// <param name="tie">The kept tie of conversation and series the gate let the vote in on, to be checked in the batch; null: read fresh, no check.</param>
internal sealed class PendingVote(Response response, long? snapshotRevision = null, Voter? voter = null, ConversationTie? tie = null)
{
    public Response Response { get; } = response;

    public long? SnapshotRevision { get; } = snapshotRevision;

    public Voter? Voter { get; } = voter;

    public ConversationTie? Tie { get; } = tie;

    // Continuations run on the pool, not on the writer's loop, so building the voter's card never delays the next batch.
    public TaskCompletionSource<ResponseWrite> Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
