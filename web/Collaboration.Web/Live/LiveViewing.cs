using Collaboration.Forums.Ports;

namespace Collaboration.Web.Live;

/// <summary>
/// One open stream: subscribe first, then send a snapshot of each item (so no vote falls between the two), then every
/// update, with pings while it is quiet. A stream that follows the running forum ends with an `forum` event when
/// another forum runs (or none), and the page connects again for the new set of items.
/// </summary>
internal sealed class LiveViewing(
    Guid seriesId, LiveTarget target, Language language, ILiveFeed feed, ILiveItemSource source, IForumStore store, IOptions<LiveOptions> options, TimeProvider time)
{
    public async Task RunAsync(HttpContext context, CancellationToken cancellationToken)
    {
        using var updates = feed.Subscribe(target.ItemIds, language);
        using var triggers = target.Triggers.Count > 0 ? feed.Subscribe(target.Triggers, language) : null;
        using var stream = await LiveStream.StartAsync(context, cancellationToken);
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = ending.Token;
        try
        {
            foreach (var itemId in target.ItemIds)
            {
                if (await source.RenderAsync(itemId, language, token) is { } snapshot)
                {
                    await stream.SendResultsAsync(snapshot, token);
                }
            }

            var loops = new List<Task> { ForwardAsync(updates, stream, ending, token), PingAsync(stream, ending, token) };
            if (triggers is not null)
            {
                loops.Add(WatchTriggersAsync(triggers, stream, ending, token));
            }

            // Whichever loop ends first (the client went, or the running forum changed) ends the others.
            await Task.WhenAny(loops);
            await ending.CancelAsync();
            await Task.WhenAll(loops);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The client went away, or the stream ended itself after telling the page to reconnect.
        }
    }

    private async Task ForwardAsync(LiveSubscription updates, LiveStream stream, CancellationTokenSource ending, CancellationToken token)
    {
        try
        {
            while (await updates.Updates.WaitToReadAsync(token))
            {
                while (updates.Updates.TryRead(out var update))
                {
                    await stream.SendResultsAsync(update, token);
                    // An item closing may be its forum closing; only then is the store asked.
                    if (target.FollowsRunningForum && LiveItemStatus.IsClosed(update.Span) && await EndIfForumChangedAsync(stream, ending, token))
                    {
                        return;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
    }

    private async Task WatchTriggersAsync(LiveSubscription triggers, LiveStream stream, CancellationTokenSource ending, CancellationToken token)
    {
        try
        {
            while (await triggers.Updates.WaitToReadAsync(token))
            {
                while (triggers.Updates.TryRead(out _))
                {
                }

                if (await EndIfForumChangedAsync(stream, ending, token))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
    }

    private async Task PingAsync(LiveStream stream, CancellationTokenSource ending, CancellationToken token)
    {
        try
        {
            while (true)
            {
                await Task.Delay(options.Value.LivePingInterval, time, token);
                await stream.SendPingAsync(token);
                // Starting the first forum of a series changes no item that was running before, so a stream waiting for
                // a forum looks for one at each ping (while a forum runs, its items' changes tell).
                if (target.FollowsRunningForum && target.Forum is null && await EndIfForumChangedAsync(stream, ending, token))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
    }

    private async Task<bool> EndIfForumChangedAsync(LiveStream stream, CancellationTokenSource ending, CancellationToken token)
    {
        var series = await store.GetSeriesAsync(seriesId, token);
        if (series?.OpenForum?.Id == target.Forum?.Id)
        {
            return false;
        }

        await stream.SendForumChangedAsync(token);
        await ending.CancelAsync();
        return true;
    }
}
