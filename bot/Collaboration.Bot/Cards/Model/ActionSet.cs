namespace Collaboration.Bot.Cards.Model;

internal sealed record ActionSet(IReadOnlyList<AdaptiveAction> Actions) : CardElement;
