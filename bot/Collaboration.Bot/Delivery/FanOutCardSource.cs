using System.Collections.Concurrent;
using Collaboration.Forums.Delivery;

namespace Collaboration.Bot.Delivery;

/// <summary>
/// The card each recipient of a fan-out gets, built once per fan-out and language: every member gets the same card
/// (the item to answer, or the reminder), so 10,000 sends do not read the item 10,000 times.
/// </summary>
internal sealed class FanOutCardSource(ResultsService results)
{
    private readonly ConcurrentDictionary<(Guid FanOutId, Language Language), Task<string?>> _cards = new();

    /// <summary>The serialised card, or null when the item no longer exists.</summary>
    public Task<string?> GetAsync(FanOut fanOut, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fanOut);
        var card = _cards.GetOrAdd((fanOut.Id, language), _ => BuildAsync(fanOut, language, cancellationToken));
        if (card.IsFaulted || card.IsCanceled)
        {
            // A failed read (database briefly away) must not poison the cache for the rest of the fan-out.
            _cards.TryRemove(new KeyValuePair<(Guid, Language), Task<string?>>((fanOut.Id, language), card));
        }

        return card;
    }

    public void Forget(Guid fanOutId)
    {
        foreach (var key in _cards.Keys.Where(k => k.FanOutId == fanOutId))
        {
            _cards.TryRemove(key, out _);
        }
    }

    private async Task<string?> BuildAsync(FanOut fanOut, Language language, CancellationToken cancellationToken)
    {
        var view = await results.ViewItemAsync(fanOut.ItemId, null, cancellationToken);
        if (!view.Succeeded)
        {
            return null;
        }

        var text = BotText.For(language);
        var card = fanOut.Kind == FanOutKind.Reminder
            ? FanOutCards.Reminder(text, view.Value.Item)
            : ItemCards.Create(text, new ItemCardRequest(view.Value, Personal: true));
        return CardJson.Serialize(card);
    }
}
