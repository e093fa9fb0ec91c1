namespace Collaboration.Bot.Cards.Model;

/// <summary>
/// The "fallback" of an element: either another element or the string "drop" (show nothing).
/// </summary>
[JsonConverter(typeof(ElementFallbackConverter))]
internal sealed record ElementFallback
{
    private ElementFallback(CardElement? element) => Element = element;

    /// <summary>The replacement element; null means "drop".</summary>
    public CardElement? Element { get; }

    public static ElementFallback Drop { get; } = new((CardElement?)null);

    public static ElementFallback With(CardElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return new ElementFallback(element);
    }
}
