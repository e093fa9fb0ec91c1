using Collaboration.Forums.Store.Sql;

namespace Collaboration.Forums.Store;

internal sealed class EfConversationStore(IDbContextFactory<ForumDbContext> contexts, KeptBindings kept, TimeProvider time) : IConversationStore
{
    public async Task BindSeriesAsync(string conversationId, Guid seriesId, string conversationReference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(conversationReference);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var parameters = new ModelParameters<ConversationBindingEntity>(db)
            .Add(nameof(ConversationBindingEntity.ConversationId), conversationId)
            .Add(nameof(ConversationBindingEntity.SeriesId), seriesId)
            .Add(nameof(ConversationBindingEntity.Reference), conversationReference)
            .Add(nameof(ConversationBindingEntity.UpdatedAt), time.GetUtcNow());
        await db.Database.ExecuteThroughStrategyAsync(UpsertSql.ConversationBinding, parameters.ToArray(), cancellationToken);
        kept.KeepBound(conversationId, seriesId);
    }

    public async Task<Guid?> GetBoundSeriesAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var bound = await db.ConversationBindings.AsNoTracking().Where(b => b.ConversationId == conversationId)
            .Select(b => (Guid?)b.SeriesId).FirstOrDefaultAsync(cancellationToken);
        // Every fresh read renews the kept binding, so a vote refused as stale finds it as it is now after its re-read.
        kept.KeepBound(conversationId, bound);
        return bound;
    }

    /// <summary>The kept binding without reading it; a vote's batch checks it (<see cref="KeptBindings"/>).</summary>
    public async Task<Guid?> GetKeptBoundSeriesAsync(string conversationId, CancellationToken cancellationToken) =>
        kept.BoundSeries(conversationId) ?? await GetBoundSeriesAsync(conversationId, cancellationToken);

    public async Task<string?> GetConversationReferenceAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ConversationBindings.AsNoTracking().Where(b => b.ConversationId == conversationId)
            .Select(b => b.Reference).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<bool> RememberMeetingAsync(string conversationId, string meetingId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(meetingId);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var updated = await db.Database.CreateExecutionStrategy().ExecuteAsync(
            (db, conversationId, meetingId),
            static (_, state, ct) => state.db.ConversationBindings
                .Where(b => b.ConversationId == state.conversationId)
                .ExecuteUpdateAsync(b => b.SetProperty(x => x.MeetingId, state.meetingId), ct),
            verifySucceeded: null,
            cancellationToken);
        return updated > 0;
    }

    public async Task<string?> GetMeetingIdAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ConversationBindings.AsNoTracking().Where(b => b.ConversationId == conversationId)
            .Select(b => b.MeetingId).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<string?> GetReferenceOfMeetingAsync(string meetingId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // A meeting has one chat; should two bindings name it, the latest one's reference is as good as any.
        return await db.ConversationBindings.AsNoTracking().Where(b => b.MeetingId == meetingId)
            .OrderByDescending(b => b.UpdatedAt).Select(b => b.Reference).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<BoundConversation>> GetConversationsOfSeriesAsync(Guid seriesId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var bindings = await db.ConversationBindings.AsNoTracking().Where(b => b.SeriesId == seriesId)
            .OrderBy(b => b.ConversationId).Select(b => new { b.ConversationId, b.Reference }).ToListAsync(cancellationToken);
        return [.. bindings.Select(b => new BoundConversation(b.ConversationId, b.Reference))];
    }

    public async Task SaveCardPostAsync(CardPost post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var parameters = new ModelParameters<CardPostEntity>(db)
            .Add(nameof(CardPostEntity.ItemId), post.ItemId)
            .Add(nameof(CardPostEntity.ConversationId), post.ConversationId)
            .Add(nameof(CardPostEntity.ActivityId), post.ActivityId)
            .Add(nameof(CardPostEntity.PostedAt), post.PostedAt);
        await db.Database.ExecuteThroughStrategyAsync(UpsertSql.CardPost, parameters.ToArray(), cancellationToken);
    }

    public async Task<IReadOnlyList<CardPost>> GetCardPostsAsync(Guid itemId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entities = await db.CardPosts.AsNoTracking().Where(p => p.ItemId == itemId)
            .OrderBy(p => p.PostedAt).ThenBy(p => p.ConversationId).ThenBy(p => p.ActivityId).ToListAsync(cancellationToken);
        return [.. entities.Select(p => new CardPost(p.ItemId, p.ConversationId, p.ActivityId, p.PostedAt))];
    }
}
