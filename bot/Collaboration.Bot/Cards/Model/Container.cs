namespace Collaboration.Bot.Cards.Model;

internal sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public ContainerStyle? Style { get; init; }
}
