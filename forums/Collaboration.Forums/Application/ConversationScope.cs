namespace Collaboration.Forums.Application;

/// <summary>
/// Which series an action may touch: the one of the conversation it came from, never one a client names. A group chat
/// or channel has the series bound to it; a personal chat also has each series that sent an item privately into it.
/// Every id the client named must belong to that series, or the action is refused before any use case runs.
/// </summary>
public sealed class ConversationScope(IForumStore store, IConversationStore conversations, IFanOutStore fanOuts)
{
    /// <param name="personal">Whether the conversation is a personal (one-to-one) chat with the bot.</param>
    /// <param name="boundOnly">Only the series bound to the conversation counts (an action that reads the chat's roster).</param>
    /// <param name="kept">
    /// What may be this instance's kept copies, unread: the claimed item's series (<see cref="IForumStore.GetKeptSeriesOfItemAsync"/>),
    /// and the tie of conversation and series, returned then for the write to check (<see cref="ConversationTie"/>).
    /// </param>
    public async Task<Outcome<ScopedSeries>> ResolveAsync(string conversationId, bool personal, bool boundOnly, ClaimedIds claims, Access.KeptReads kept, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var (claimed, loaded) = await ClaimedSeriesAsync(claims, kept != Access.KeptReads.None, cancellationToken);
        if (kept == Access.KeptReads.SeriesAndBinding && loaded is not null
            && await KeptTieAsync(conversationId, personal && !boundOnly, loaded.Id, cancellationToken) is { } tie)
        {
            return await BelongsAsync(loaded, claims, cancellationToken) ? Outcome<ScopedSeries>.Success(new ScopedSeries(loaded, tie)) : Outcome<ScopedSeries>.Failure(RejectionCode.NotThisChatsSeries);
        }

        var bound = await conversations.GetBoundSeriesAsync(conversationId, cancellationToken);
        Guid? seriesId;
        if (claimed is null)
        {
            seriesId = claims.Any ? null : bound ?? (personal && !boundOnly ? await fanOuts.GetSeriesOfPersonalConversationAsync(conversationId, cancellationToken) : null);
            if (seriesId is null)
            {
                // Ids that name nothing (a deleted series, a forged id) are refused like another chat's.
                return claims.Any ? Outcome<ScopedSeries>.Failure(RejectionCode.NotThisChatsSeries) : Outcome<ScopedSeries>.Failure(RejectionCode.NoSeriesHere);
            }
        }
        else if (claimed == bound || (personal && !boundOnly && await fanOuts.HasSentIntoAsync(claimed.Value, conversationId, cancellationToken)))
        {
            seriesId = claimed;
        }
        else
        {
            return Outcome<ScopedSeries>.Failure(RejectionCode.NotThisChatsSeries);
        }

        // An item's series was read already to learn its id; a vote (the hot path) reads it once, not twice.
        var series = loaded?.Id == seriesId ? loaded : await store.GetSeriesAsync(seriesId.Value, cancellationToken);
        if (series is null)
        {
            return Outcome<ScopedSeries>.Failure(claims.Any ? RejectionCode.NotThisChatsSeries : RejectionCode.NoSeriesHere);
        }

        return await BelongsAsync(series, claims, cancellationToken) ? Outcome<ScopedSeries>.Success(new ScopedSeries(series)) : Outcome<ScopedSeries>.Failure(RejectionCode.NotThisChatsSeries);
    }

    /// <summary>
    /// The tie that lets the conversation reach <paramref name="seriesId"/>, from this instance's kept copies (each
    /// read and kept when there is none), or null when none holds as far as they say; the caller then reads afresh.
    /// In a personal chat a private send is enough whatever is bound there, so it is asked first: such a chat then
    /// needs no binding at all.
    /// </summary>
    private async Task<ConversationTie?> KeptTieAsync(string conversationId, bool sentIntoCounts, Guid seriesId, CancellationToken cancellationToken)
    {
        if (sentIntoCounts && await fanOuts.HasKeptSentIntoAsync(seriesId, conversationId, cancellationToken))
        {
            return new ConversationTie(conversationId, seriesId, SentInto: true);
        }

        return await conversations.GetKeptBoundSeriesAsync(conversationId, cancellationToken) == seriesId ? new ConversationTie(conversationId, seriesId, SentInto: false) : null;
    }

    /// <summary>The series bound to the conversation, or null: the one a new series would replace there.</summary>
    public async Task<ForumSeries?> BoundAsync(string conversationId, CancellationToken cancellationToken) =>
        await conversations.GetBoundSeriesAsync(conversationId, cancellationToken) is { } id ? await store.GetSeriesAsync(id, cancellationToken) : null;

    /// <summary>
    /// The series a request without a conversation names (the Office add-in), or null when there is none. Whether the
    /// actor may see it is the gate's question (<see cref="Access.SeriesReach.Named"/>), not this one's.
    /// </summary>
    public Task<ForumSeries?> NamedAsync(Guid seriesId, CancellationToken cancellationToken) => store.GetSeriesAsync(seriesId, cancellationToken);

    /// <summary>Whether the series is bound to this conversation (not merely sent into it).</summary>
    public async Task<bool> IsBoundToAsync(string conversationId, Guid seriesId, CancellationToken cancellationToken) =>
        await conversations.GetBoundSeriesAsync(conversationId, cancellationToken) == seriesId;

    /// <summary>
    /// The series the first claimed id names, and the series itself when finding it meant reading it;
    /// <see cref="BelongsAsync"/> then checks all of them against it.
    /// </summary>
    private async Task<(Guid? Id, ForumSeries? Loaded)> ClaimedSeriesAsync(ClaimedIds claims, bool kept, CancellationToken cancellationToken)
    {
        if (claims.SeriesId is { } seriesId)
        {
            return (seriesId, null);
        }

        var itemId = claims.Items.Count > 0 ? claims.Items[0] : claims.NeedId is { } needId ? (await store.GetNeedAsync(needId, cancellationToken))?.ItemId : null;
        var series = itemId is null ? null
            : kept ? await store.GetKeptSeriesOfItemAsync(itemId.Value, cancellationToken)
            : await store.GetSeriesOfItemAsync(itemId.Value, cancellationToken);
        return (series?.Id, series);
    }

    private async Task<bool> BelongsAsync(ForumSeries series, ClaimedIds claims, CancellationToken cancellationToken)
    {
        if ((claims.SeriesId is { } seriesId && seriesId != series.Id) || claims.Items.Any(i => series.FindItem(i) is null))
        {
            return false;
        }

        return claims.NeedId is not { } needId || (await store.GetNeedAsync(needId, cancellationToken) is { } need && series.FindItem(need.ItemId) is not null);
    }
}
