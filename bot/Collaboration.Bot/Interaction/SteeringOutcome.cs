namespace Collaboration.Bot.Interaction;

/// <summary>What a moderator's action produced: a card for the moderator, cards for everyone, items to refresh.</summary>
internal sealed record SteeringOutcome(AdaptiveCard ForModerator, IReadOnlyList<BotReply> Posts, IReadOnlyList<Guid> StaleItems)
{
    /// <summary>Why the action was refused; null when it was carried out.</summary>
    public Forums.Validation.Rejection? Refusal { get; init; }

    public ActionReply AsActionReply() => new(ForModerator, Posts, StaleItems);

    public IReadOnlyList<BotReply> AsReplies() => [new BotReply(ForModerator), .. Posts];
}
