using Collaboration.Forums.Answers;

namespace Collaboration.Forums.Store.Votes;

/// <summary>A vote waiting for its batch; the voter's request awaits <see cref="Written"/>, set only after the commit.</summary>
internal sealed class PendingVote(Response response)
{
    public Response Response { get; } = response;

    // Continuations run on the pool, not on the writer's loop, so building the voter's card never delays the next batch.
    public TaskCompletionSource<ResponseWrite> Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
