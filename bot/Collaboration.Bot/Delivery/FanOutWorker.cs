using System.Collections.Concurrent;
using Collaboration.Bot.Cards.Factories;
using Collaboration.Bot.Cards.Model;
using Collaboration.Bot.Localization;
using Collaboration.Forums.Application;
using Collaboration.Forums.Delivery;
using Collaboration.Telemetry;
using Microsoft.Extensions.Options;

namespace Collaboration.Bot.Delivery;

/// <summary>
/// Sends fan-outs: reads rosters into recipients, then claims pending recipients (a lease other instances respect),
/// creates each member's personal chat, sends the card and marks the member sent. Started with the host, it resumes
/// whatever a stopped or crashed instance left: unread rosters, members never claimed or whose claim ran out.
/// <para>
/// Exactly once, with one window: a member whose card Teams accepted but whose mark did not reach the database
/// (the process died between the two) is claimed again after the lease and gets the card a second time. The mark
/// follows the send directly and is written even while the host stops; nothing else lies in between.
/// </para>
/// </summary>
internal sealed partial class FanOutWorker(
    IFanOutStore store,
    IFanOutConnector connector,
    FanOutCardSource cards,
    ResultsService results,
    IOptions<FanOutOptions> options,
    TimeProvider time,
    CollaborationMetrics metrics,
    ILogger<FanOutWorker> logger) : BackgroundService
{
    private readonly string _owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly ConcurrentDictionary<Guid, FanOut> _fanOuts = new();
    private readonly SemaphoreSlim _wake = new(0);

    /// <summary>Starts work now instead of at the next poll (a moderator just asked).</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            _wake.Release();
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Nobody waits for a single member's card: a turn's reply goes first (ConnectorRateLimiter's reserved share).
        using var background = TeamsCallScope.Background();
        var settings = options.Value;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var worked = false;
                try
                {
                    // The rounds below lease and claim with UPDATEs; an idle bot only looks (one read per poll), so it
                    // writes nothing and never takes SQLite's write lock from a vote.
                    if (await store.HasUnfinishedAsync(stoppingToken))
                    {
                        worked |= await ReadRostersAsync(stoppingToken);
                        worked |= await SendPendingAsync(stoppingToken);
                        foreach (var done in await store.CompleteFinishedAsync(stoppingToken))
                        {
                            await ReportAsync(done, stoppingToken);
                            worked = true;
                        }
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // The database or Teams may be away for a while; everything is stored, so the next round picks it up.
                    Log.FanOutRoundFailed(logger, exception);
                }

                if (!worked)
                {
                    try
                    {
                        await WaitForWorkAsync(settings.PollInterval, stoppingToken);
                    }
                    catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                    {
                        return;
                    }
                }
            }
        }
        finally
        {
            await ReleaseClaimsAsync();
        }
    }

    /// <summary>
    /// Until <see cref="Wake"/> (a moderator asked here) or the poll interval on the injected clock (work another
    /// instance stored, a retry that fell due), whichever comes first.
    /// </summary>
    private async Task WaitForWorkAsync(TimeSpan pollInterval, CancellationToken stoppingToken)
    {
        using var poll = new CancellationTokenSource(pollInterval, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(poll.Token, stoppingToken);
        try
        {
            await _wake.WaitAsync(either.Token);
        }
        catch (OperationCanceledException) when (poll.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            // The poll interval passed without a wake-up: look again.
        }
    }

    /// <summary>
    /// On an orderly stop, members claimed but not yet started are handed back at once, so the instance that takes
    /// over need not wait for the leases to run out. A crashed instance cannot do this; its leases expire.
    /// </summary>
    private async Task ReleaseClaimsAsync()
    {
        try
        {
            await store.ReleaseClaimsAsync(_owner, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.ReleaseFailed(logger, exception);
        }
    }

    private async Task<bool> ReadRostersAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var leased = await store.LeaseRosterAsync(_owner, settings.LeaseDuration, cancellationToken);
        foreach (var fanOut in leased)
        {
            _fanOuts[fanOut.Id] = fanOut;
            string? token = null;
            var members = 0;
            do
            {
                var page = await ReadRosterPageAsync(fanOut, token, cancellationToken);
                if (page is null)
                {
                    break;
                }

                await store.AddRecipientsAsync(fanOut.Id, [.. page.Members.Select(m => FanOutRecipient.Of(fanOut.Id, m))], cancellationToken);
                members += page.Members.Count;
                token = page.ContinuationToken;
            }
            while (!string.IsNullOrEmpty(token));

            await store.CompleteRosterAsync(fanOut.Id, cancellationToken);
            Log.RosterRead(logger, fanOut.Id, members);
        }

        return leased.Count > 0;
    }

    /// <summary>
    /// A roster page, retried in place on throttling and hiccups (a roster is a few pages); null when the chat cannot be
    /// read at all (the bot was removed), which ends the fan-out with the members stored so far.
    /// </summary>
    private async Task<RosterPage?> ReadRosterPageAsync(FanOut fanOut, string? token, CancellationToken cancellationToken)
    {
        var policy = Policy();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await connector.ReadRosterAsync(fanOut.SourceReference, token, options.Value.RosterPageSize, cancellationToken);
            }
            catch (ConnectorCallException failure)
            {
                var delay = policy.NextDelay(DeliveryFailures.Classify(failure.Status), attempt, failure.RetryAfter, Random.Shared.NextDouble());
                if (delay is null)
                {
                    Log.RosterUnreadable(logger, failure, fanOut.Id, failure.Status);
                    return null;
                }

                await Task.Delay(delay.Value, time, cancellationToken);
            }
        }
    }

    private RetryPolicy Policy() => new(options.Value.MaxAttempts, options.Value.RetryBaseDelay, RetryPolicy.Default.MaxDelay);

    private async Task<bool> SendPendingAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var sent = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(ClaimAsync(cancellationToken), parallel, async (recipient, ct) =>
        {
            await DeliverAsync(recipient, ct);
            Interlocked.Increment(ref sent);
        });
        return sent > 0;
    }

    /// <summary>Claims small batches as the senders free up, so no member waits leased in a long queue.</summary>
    private async IAsyncEnumerable<FanOutRecipient> ClaimAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = options.Value;
        while (!cancellationToken.IsCancellationRequested)
        {
            var claimed = await store.ClaimAsync(_owner, settings.ClaimBatch, settings.LeaseDuration, cancellationToken);
            if (claimed.Count == 0)
            {
                yield break;
            }

            foreach (var recipient in claimed)
            {
                yield return recipient;
            }
        }
    }

    private async Task DeliverAsync(FanOutRecipient recipient, CancellationToken stoppingToken)
    {
        using var span = CollaborationTelemetry.StartFanOutSend(recipient.FanOutId);
        var fanOut = await FanOutAsync(recipient.FanOutId, stoppingToken);
        var card = fanOut is null ? null : await cards.GetAsync(fanOut, connector.LanguageOf(fanOut.SourceReference), stoppingToken);
        if (fanOut is null || card is null)
        {
            await store.MarkUnreachableAsync(recipient.FanOutId, recipient.UserId, "The item no longer exists.", stoppingToken);
            return;
        }

        // The token is checked before each call, never passed into one: a request on the wire is finished and marked even
        // while the host stops, so a restart does not repeat it.
        string? created = null;
        try
        {
            var conversationId = recipient.PersonalConversationId;
            if (conversationId is null)
            {
                conversationId = created = await connector.CreatePersonalConversationAsync(fanOut.SourceReference, recipient.TeamsId, stoppingToken);
            }

            if (stoppingToken.IsCancellationRequested)
            {
                // Handed back at once, so the instance that takes over need not wait for the lease to run out.
                await KeepConversationAsync(recipient, created);
                await store.DeferAsync(fanOut.Id, recipient.UserId, "The host stopped before sending.", time.GetUtcNow(), CancellationToken.None);
                return;
            }

            var activityId = await connector.SendCardAsync(fanOut.SourceReference, conversationId, card, stoppingToken);

            // Not cancellable: once Teams has the card, the mark is what keeps a restart from sending it again.
            // One write per member, right after the send: the window in which a crash repeats a card stays this narrow.
            await store.MarkSentAsync(fanOut.Id, recipient.UserId, conversationId, activityId, CancellationToken.None);
            metrics.FanOutSend(FanOutOutcome.Sent);
        }
        catch (ConnectorCallException failure)
        {
            await KeepConversationAsync(recipient, created);
            await FailAsync(recipient, failure.Status, failure.RetryAfter, failure.Message, CancellationToken.None);
        }
    }

    /// <summary>A chat created before the send failed is stored, so the retry does not spend a request creating it again.</summary>
    private async Task KeepConversationAsync(FanOutRecipient recipient, string? created)
    {
        if (created is not null)
        {
            await store.SaveConversationAsync(recipient.FanOutId, recipient.UserId, created, CancellationToken.None);
        }
    }

    private async Task FailAsync(FanOutRecipient recipient, int status, TimeSpan? retryAfter, string message, CancellationToken cancellationToken)
    {
        var kind = DeliveryFailures.Classify(status);
        var policy = Policy();
        var failure = $"{status}: {message}";
        if (policy.NextDelay(kind, recipient.Attempts, retryAfter, Random.Shared.NextDouble()) is { } delay)
        {
            Log.SendDeferred(logger, recipient.FanOutId, status, recipient.Attempts, delay);
            metrics.FanOutSend(FanOutOutcome.Deferred);
            await store.DeferAsync(recipient.FanOutId, recipient.UserId, failure, time.GetUtcNow() + delay, cancellationToken);
        }
        else
        {
            Log.RecipientUnreachable(logger, recipient.FanOutId, status, recipient.Attempts);
            metrics.FanOutSend(FanOutOutcome.Failed);
            await store.MarkUnreachableAsync(recipient.FanOutId, recipient.UserId, failure, cancellationToken);
        }
    }

    private async Task ReportAsync(FanOut fanOut, CancellationToken cancellationToken)
    {
        cards.Forget(fanOut.Id);
        _fanOuts.TryRemove(fanOut.Id, out _);
        var recipients = await store.GetRecipientsAsync(fanOut.Id, cancellationToken);
        var reached = recipients.Count(r => r.State == RecipientState.Sent);
        Log.FanOutCompleted(logger, fanOut.Id, reached, recipients.Count - reached);
        var view = await results.ViewItemAsync(fanOut.ItemId, null, cancellationToken);
        if (!view.Succeeded)
        {
            return;
        }

        var text = BotText.For(connector.LanguageOf(fanOut.SourceReference));
        var card = CardJson.Serialize(FanOutCards.Summary(text, fanOut.Kind, view.Value.Item, recipients));
        try
        {
            await connector.PostToSourceAsync(fanOut.SourceReference, card, cancellationToken);
        }
        catch (ConnectorCallException exception)
        {
            // The deliveries are stored and done; a summary that cannot be posted (bot removed from the chat) is logged.
            Log.SummaryFailed(logger, exception, fanOut.Id, exception.Status);
        }
    }

    private async Task<FanOut?> FanOutAsync(Guid id, CancellationToken cancellationToken)
    {
        if (_fanOuts.TryGetValue(id, out var known))
        {
            return known;
        }

        var loaded = await store.GetAsync(id, cancellationToken);
        if (loaded is not null)
        {
            _fanOuts[id] = loaded;
        }

        return loaded;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 700, Level = LogLevel.Warning, Message = "A fan-out round failed; it is retried at the next poll")]
        public static partial void FanOutRoundFailed(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 701, Level = LogLevel.Information, Message = "Fan-out {FanOutId}: roster of {Members} members stored")]
        public static partial void RosterRead(ILogger logger, Guid fanOutId, int members);

        [LoggerMessage(EventId = 702, Level = LogLevel.Debug, Message = "Fan-out {FanOutId}: send failed with {Status} on attempt {Attempt}, retrying in {Delay}")]
        public static partial void SendDeferred(ILogger logger, Guid fanOutId, int status, int attempt, TimeSpan delay);

        [LoggerMessage(EventId = 703, Level = LogLevel.Information, Message = "Fan-out {FanOutId}: a member is unreachable ({Status}) after {Attempts} attempts")]
        public static partial void RecipientUnreachable(ILogger logger, Guid fanOutId, int status, int attempts);

        [LoggerMessage(EventId = 704, Level = LogLevel.Information, Message = "Fan-out {FanOutId} complete: {Sent} sent, {Unreachable} unreachable")]
        public static partial void FanOutCompleted(ILogger logger, Guid fanOutId, int sent, int unreachable);

        [LoggerMessage(EventId = 705, Level = LogLevel.Warning, Message = "Fan-out {FanOutId}: the summary could not be posted ({Status})")]
        public static partial void SummaryFailed(ILogger logger, Exception exception, Guid fanOutId, int status);

        [LoggerMessage(EventId = 707, Level = LogLevel.Warning, Message = "Handing back the fan-out claims at stop failed; they are free again when their leases run out")]
        public static partial void ReleaseFailed(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 706, Level = LogLevel.Warning, Message = "Fan-out {FanOutId}: the roster cannot be read ({Status}); sending to the members read so far")]
        public static partial void RosterUnreadable(ILogger logger, Exception exception, Guid fanOutId, int status);
    }
}
