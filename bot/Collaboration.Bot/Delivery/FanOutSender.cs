using System.Collections.Concurrent;
using Collaboration.Forums.Delivery;
using Collaboration.Forums.Retries;
using Collaboration.Telemetry;

namespace Collaboration.Bot.Delivery;

/// <summary>
/// Sends a fan-out's card to its pending members: claims them (a lease other instances respect), creates each member's
/// personal chat, sends the card and marks the member sent; a failed send is deferred on the shared retry schedule or,
/// when it cannot succeed, the member is marked unreachable.
/// <para>
/// Exactly once, with one window: a member whose card Teams accepted but whose mark did not reach the database
/// (the process died between the two) is claimed again after the lease and gets the card a second time. The mark
/// follows the send directly and is written even while the host stops; nothing else lies in between.
/// </para>
/// </summary>
internal sealed partial class FanOutSender(
    IFanOutStore store,
    IFanOutConnector connector,
    FanOutCardSource cards,
    IOptions<FanOutOptions> options,
    TimeProvider time,
    Jitter jitter,
    CollaborationMetrics metrics,
    ILogger<FanOutSender> logger)
{
    private readonly ConcurrentDictionary<Guid, FanOut> _fanOuts = new();

    /// <summary>Sends to pending members, a few at a time, until none is due.</summary>
    /// <returns>Whether any member was claimed (work was done).</returns>
    public async Task<bool> SendPendingAsync(string owner, CancellationToken cancellationToken)
    {
        var sent = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.Concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(ClaimAsync(owner, cancellationToken), parallel, async (recipient, ct) =>
        {
            await DeliverAsync(recipient, ct);
            Interlocked.Increment(ref sent);
        });
        return sent > 0;
    }

    /// <summary>Drops what is kept of a fan-out that is complete.</summary>
    public void Forget(Guid fanOutId) => _fanOuts.TryRemove(fanOutId, out _);

    /// <summary>Claims small batches as the senders free up, so no member waits leased in a long queue.</summary>
    private async IAsyncEnumerable<FanOutRecipient> ClaimAsync(
        string owner, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = options.Value;
        while (!cancellationToken.IsCancellationRequested)
        {
            var claimed = await store.ClaimAsync(owner, settings.ClaimBatch, settings.LeaseDuration, cancellationToken);
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
            await FailAsync(recipient, failure, CancellationToken.None);
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

    private async Task FailAsync(FanOutRecipient recipient, ConnectorCallException error, CancellationToken cancellationToken)
    {
        var failure = error.Failure;
        if (options.Value.Retries().NextDelay(failure, recipient.Attempts, jitter) is { } delay)
        {
            Log.SendDeferred(logger, recipient.FanOutId, error.Status, recipient.Attempts, delay);
            metrics.FanOutSend(FanOutOutcome.Deferred);
            await store.DeferAsync(recipient.FanOutId, recipient.UserId, failure.Reason, time.GetUtcNow() + delay, cancellationToken);
        }
        else
        {
            Log.RecipientUnreachable(logger, recipient.FanOutId, error.Status, recipient.Attempts);
            metrics.FanOutSend(FanOutOutcome.Failed);
            await store.MarkUnreachableAsync(recipient.FanOutId, recipient.UserId, failure.Reason, cancellationToken);
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
        [LoggerMessage(EventId = 702, Level = LogLevel.Debug, Message = "Fan-out {FanOutId}: send failed with {Status} on attempt {Attempt}, retrying in {Delay}")]
        public static partial void SendDeferred(ILogger logger, Guid fanOutId, int status, int attempt, TimeSpan delay);

        [LoggerMessage(EventId = 703, Level = LogLevel.Information, Message = "Fan-out {FanOutId}: a member is unreachable ({Status}) after {Attempts} attempts")]
        public static partial void RecipientUnreachable(ILogger logger, Guid fanOutId, int status, int attempts);
    }
}
