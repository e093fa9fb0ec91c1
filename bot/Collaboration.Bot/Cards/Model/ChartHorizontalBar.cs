namespace Collaboration.Bot.Cards.Model;

internal sealed record ChartHorizontalBar : BarChartElement
{
    public ChartHorizontalBar(IReadOnlyList<BarChartDatum> data, CardElement fallback)
        : base(data, fallback)
    {
    }

    public HorizontalBarDisplayMode? DisplayMode { get; init; }
}
