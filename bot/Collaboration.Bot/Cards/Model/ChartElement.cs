namespace Collaboration.Bot.Cards.Model;

/// <summary>
/// A Teams native chart (Chart.*). Charts are a Teams extension that other hosts (Outlook, the Adaptive Cards
/// SDKs) do not render, so a chart cannot be built without a fallback: a Table or TextBlock with the same numbers.
/// </summary>
internal abstract record ChartElement : CardElement
{
    protected ChartElement(CardElement fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        Fallback = ElementFallback.With(fallback);
    }

    public string? Title { get; init; }

    /// <summary>"categorical", "sequential" or "diverging" (Microsoft's chart colour sets).</summary>
    public string? ColorSet { get; init; }
}
