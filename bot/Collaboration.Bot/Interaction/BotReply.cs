namespace Collaboration.Bot.Interaction;

/// <summary>A card to post to the conversation. <see cref="ShowsItem"/> marks item cards, which are updated in place later.</summary>
internal sealed record BotReply(AdaptiveCard Card, Guid? ShowsItem = null)
{
    /// <summary>Files offered after the card, each as a Teams file consent card of its own (personal chats only).</summary>
    public IReadOnlyList<FileOffer> Offers { get; init; } = [];
}

/// <summary>
/// The answer to an action: the card for the acting user (for a button, it replaces the clicked card for that user
/// only; for a typed command, it is posted), cards to post for everyone, and items whose posted cards now show stale results.
/// </summary>
internal sealed record ActionReply(AdaptiveCard ForUser, IReadOnlyList<BotReply> Posts, IReadOnlyList<Guid> StaleItems)
{
    /// <summary>For a typed command: the item <see cref="ForUser"/> shows when posted, so later votes update it in place.</summary>
    public Guid? ShowsItem { get; init; }

    /// <summary>For a typed command in a personal chat: files offered after <see cref="ForUser"/>.</summary>
    public IReadOnlyList<FileOffer> Offers { get; init; } = [];

    public static ActionReply Only(AdaptiveCard card) => new(card, [], []);

    public static ActionReply Posted(BotReply reply) => new(reply?.Card ?? throw new ArgumentNullException(nameof(reply)), [], []) { ShowsItem = reply.ShowsItem };

    /// <summary>What a typed command posts: the user's card first, then the cards for everyone.</summary>
    public IReadOnlyList<BotReply> AsPosts() => [new BotReply(ForUser, ShowsItem) { Offers = Offers }, .. Posts];
}
