using System.Collections.Concurrent;
using System.Threading.Channels;
using Collaboration.Bot.Cards.Factories;
using Collaboration.Bot.Cards.Model;
using Collaboration.Bot.Hosting;
using Collaboration.Bot.Localization;
using Collaboration.Bot.Teams;
using Collaboration.Forums.Application;
using Collaboration.Forums.Store;
using Collaboration.Forums.Text;
using Collaboration.Telemetry;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace Collaboration.Bot.Posting;

/// <summary>
/// Updates posted item cards with fresh results, coalesced: the first vote on an item schedules one update after
/// <see cref="BotOptions.CardUpdateInterval"/>, and every vote until then rides along with it. So 50 votes a second
/// become one card update per interval, well inside Teams' limit of about 7 operations per second per conversation.
/// Updates of one item run one after another: an update that Teams throttles (and the connector client retries
/// seconds later) would otherwise land after a newer one and leave the card with totals that are no longer true.
/// </summary>
internal sealed partial class CardRefresher(
    IServiceProvider services, IOptions<BotOptions> options, TimeProvider time, CollaborationMetrics metrics, ILogger<CardRefresher> logger)
    : BackgroundService, IItemChangeListener
{
    private readonly Channel<Guid> _queue = Channel.CreateUnbounded<Guid>();
    // Item -> when its first change since the last update came (a timestamp of the clock): the start of the card's lag.
    private readonly ConcurrentDictionary<Guid, long> _scheduled = new();
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _updating = new();

    /// <summary>
    /// Cards are updated by the instance that took the action: each posted card once per interval, not once per instance.
    /// </summary>
    public void OnItemChanged(Guid itemId, ChangeOrigin origin)
    {
        if (origin == ChangeOrigin.ThisInstance)
        {
            MarkStale(itemId);
        }
    }

    public void MarkStale(Guid itemId)
    {
        if (_scheduled.TryAdd(itemId, time.GetTimestamp()))
        {
            _queue.Writer.TryWrite(itemId);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = new List<Task>();
        await foreach (var itemId in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            running.RemoveAll(t => t.IsCompleted);
            running.Add(RefreshLaterAsync(itemId, stoppingToken));
        }

        await Task.WhenAll(running);
    }

    private async Task RefreshLaterAsync(Guid itemId, CancellationToken cancellationToken)
    {
        var firstChange = time.GetTimestamp();
        try
        {
            await Task.Delay(options.Value.CardUpdateInterval, time, cancellationToken);
        }
        finally
        {
            // Cleared before reading the results, so a vote that lands during the update schedules another one.
            _scheduled.TryRemove(itemId, out firstChange);
        }

        // One gate per item for the life of the process: a series has a few dozen items.
        var gate = _updating.GetOrAdd(itemId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Read after the gate: whatever update ran before, this one carries newer totals.
            await RefreshAsync(itemId, firstChange, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The posted cards keep their older results until the next vote schedules another update; the votes
            // themselves are stored, so nothing is lost by waiting.
            Log.CardRefreshFailed(logger, exception, itemId);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task RefreshAsync(Guid itemId, long firstChange, CancellationToken cancellationToken)
    {
        using var span = CollaborationTelemetry.StartCardUpdate(itemId);
        var forums = services.GetRequiredService<ForumService>();
        var conversations = services.GetRequiredService<IConversationStore>();
        var adapter = services.GetRequiredService<CloudAdapter>();
        var view = await forums.ViewItemAsync(itemId, null, cancellationToken);
        if (!view.Succeeded)
        {
            return;
        }

        // A shared card speaks the language of its conversation (the locale the series was set up in),
        // not that of whoever voted last.
        var cards = new Dictionary<Language, string>();
        foreach (var post in await conversations.GetCardPostsAsync(itemId, cancellationToken))
        {
            var referenceJson = await conversations.GetConversationReferenceAsync(post.ConversationId, cancellationToken);
            var reference = referenceJson is null ? null : JsonConvert.DeserializeObject<ConversationReference>(referenceJson);
            if (reference is null)
            {
                continue;
            }

            var language = BotText.LanguageOf(reference.Locale);
            if (!cards.TryGetValue(language, out var card))
            {
                card = CardJson.Serialize(ItemCards.Create(BotText.For(language), new ItemCardRequest(view.Value, Personal: false)));
                cards[language] = card;
            }

            try
            {
                await adapter.ContinueConversationAsync(options.Value.MicrosoftAppId ?? string.Empty, reference, async (turnContext, ct) =>
                {
                    var update = CardActivities.Message(card);
                    update.Id = post.ActivityId;
                    await turnContext.UpdateActivityAsync(update, ct);
                }, cancellationToken);
                metrics.CardUpdated(time.GetElapsedTime(firstChange));
            }
            catch (Exception exception) when (exception is HttpRequestException or ErrorResponseException)
            {
                // One conversation that cannot be reached (bot removed, throttled) must not keep the others stale.
                Log.CardUpdateFailed(logger, exception, post.ActivityId, itemId);
            }
        }
    }
}
