namespace Collaboration.Bot.Cards.Model;

internal sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;
