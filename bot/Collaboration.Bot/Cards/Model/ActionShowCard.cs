namespace Collaboration.Bot.Cards.Model;

/// <summary>Opens a nested card below the actions; the nested card carries neither $schema nor version of its own in Teams.</summary>
internal sealed record ActionShowCard(AdaptiveCard Card) : AdaptiveAction;
