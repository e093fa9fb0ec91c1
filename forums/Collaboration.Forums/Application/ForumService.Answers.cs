using Collaboration.Forums.Answers;
using Collaboration.Forums.Items;
using Collaboration.Forums.Participants;
using Collaboration.Forums.Series;
using Collaboration.Forums.Store;
using Collaboration.Forums.Validation;

namespace Collaboration.Forums.Application;

/// <summary>A participant's answer to an item: the path every vote takes.</summary>
public sealed partial class ForumService
{
    public Task<Outcome<AnswerReceipt>> SubmitAnswerAsync(Guid itemId, UserRef user, Answer answer, CancellationToken cancellationToken) =>
        SubmitAnswerAsync(itemId, user, _ => answer, cancellationToken);

    /// <summary>
    /// Stores the answer that <paramref name="read"/> makes of the item's spec (null: the input does not have the
    /// answer's shape). The item is loaded once for reading and writing: this is the path every vote takes.
    /// </summary>
    public async Task<Outcome<AnswerReceipt>> SubmitAnswerAsync(Guid itemId, UserRef user, Func<ItemSpec, Answer?> read, CancellationToken cancellationToken) =>
        await store.GetSeriesOfItemAsync(itemId, cancellationToken) is { } series
            ? await SubmitAnswerAsync(series, itemId, user, read, cancellationToken)
            : Outcome<AnswerReceipt>.Failure(RejectionCode.ItemNotFound, itemId);

    /// <summary>
    /// As above, with the series the caller read in this same request (the gate did, to check the item belongs to the
    /// conversation's series), so a vote reads it once. The participant and the answer are read and written here.
    /// </summary>
    public async Task<Outcome<AnswerReceipt>> SubmitAnswerAsync(ForumSeries series, Guid itemId, UserRef user, Func<ItemSpec, Answer?> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var context = await ForParticipantAsync(series, itemId, user, cancellationToken);
        if (!context.Succeeded)
        {
            return context.Rejection;
        }

        var (_, forum, item, participant) = context.Value;
        if (read(item.Spec) is not { } answer)
        {
            return Outcome<AnswerReceipt>.Failure(RejectionCode.WrongAnswerKind);
        }

        var checkedAnswer = AnswerRules.Check(item, answer);
        if (!checkedAnswer.Succeeded)
        {
            return checkedAnswer.Rejection;
        }

        var response = new Response(item.Id, respondentKeys.For(item, participant), RespondentKeys.ParticipantIdFor(item, participant),
            RespondentKeys.GroupKeyFor(item, participant), checkedAnswer.Value, RespondentKeys.StampFor(item, time.GetUtcNow()));
        var write = await store.UpsertOpenResponseAsync(response, cancellationToken);
        if (write == ResponseWrite.NotOpen)
        {
            return Outcome<AnswerReceipt>.Failure(RejectionCode.ItemNotOpen, item.Key);
        }

        var view = await ViewForReplyAsync(series, forum, item, participant, checkedAnswer.Value, cancellationToken);
        return Outcome<AnswerReceipt>.Success(new AnswerReceipt(view, write));
    }
}
