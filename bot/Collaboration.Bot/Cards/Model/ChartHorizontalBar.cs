namespace Collaboration.Bot.Cards.Model;

internal sealed record ChartHorizontalBar : ChartElement
{
    public ChartHorizontalBar(IReadOnlyList<BarChartDatum> data, CardElement fallback)
        : base(fallback)
    {
        ArgumentNullException.ThrowIfNull(data);
        Data = data;
    }

    public IReadOnlyList<BarChartDatum> Data { get; }

    public string? XAxisTitle { get; init; }

    public string? YAxisTitle { get; init; }

    /// <summary>One colour for every bar that has none of its own.</summary>
    public string? Color { get; init; }

    public HorizontalBarDisplayMode? DisplayMode { get; init; }
}
