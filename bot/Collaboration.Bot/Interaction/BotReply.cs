using Collaboration.Bot.Cards.Model;

namespace Collaboration.Bot.Interaction;

/// <summary>A card to post to the conversation. <see cref="ShowsItem"/> marks item cards, which are updated in place later.</summary>
internal sealed record BotReply(AdaptiveCard Card, Guid? ShowsItem = null)
{
    /// <summary>Files offered after the card, each as a Teams file consent card of its own (personal chats only).</summary>
    public IReadOnlyList<FileOffer> Offers { get; init; } = [];
}

/// <summary>
/// The answer to a card action: the card that replaces the clicked one for the clicking user only, cards to post
/// for everyone, and items whose posted cards now show stale results.
/// </summary>
internal sealed record ActionReply(AdaptiveCard ForUser, IReadOnlyList<BotReply> Posts, IReadOnlyList<Guid> StaleItems)
{
    public static ActionReply Only(AdaptiveCard card) => new(card, [], []);
}
