using Collaboration.Forums.Outbox;

namespace Collaboration.GraphSync.Jobs;

/// <summary>
/// Archives a forum: uploads its files (report, deck, results, answers, needs) to "&lt;series&gt;/&lt;NN forum&gt;/" and
/// brings the needs list to one item per need. Files are replaced and list items found by need id, so running it
/// twice leaves the same end state. When all is uploaded, it queues one "post-archive-links" message per conversation
/// bound to the series, for the bot to post; their ids follow from this job's id, so a re-run after a crash queues
/// none twice.
/// </summary>
internal sealed class ArchiveForumJob(
    IForumStore store, IConversationStore conversations, IOutbox outbox, ForumArchiver archiver, TimeProvider time)
    : IOutboxJob
{
    public string Kind => ArchiveForumPayload.Kind;

    public async Task RunAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        var payload = OutboxPayload.Read(entry, ArchiveForumPayload.Parse);

        var series = await store.GetSeriesAsync(payload.SeriesId, cancellationToken)
            ?? throw new PermanentJobException($"Series {payload.SeriesId} does not exist.");
        var forum = series.FindForum(payload.ForumNumber)
            ?? throw new PermanentJobException($"Series {payload.SeriesId} has no forum {payload.ForumNumber}.");

        var files = await archiver.ArchiveAsync(series, forum, cancellationToken);
        if (files.Count == 0)
        {
            return;
        }

        foreach (var conversation in await conversations.GetConversationsOfSeriesAsync(series.Id, cancellationToken))
        {
            var links = new ArchiveLinksPayload(series.Id, forum.Number, forum.Title, files, conversation.ConversationId);
            await outbox.EnqueueAsync(OutboxMessage.PostArchiveLinks(entry.Id, links, time.GetUtcNow()), cancellationToken);
        }
    }
}
