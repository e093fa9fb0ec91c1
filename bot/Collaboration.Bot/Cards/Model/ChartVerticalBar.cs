namespace Collaboration.Bot.Cards.Model;

internal sealed record ChartVerticalBar : ChartElement
{
    public ChartVerticalBar(IReadOnlyList<BarChartDatum> data, CardElement fallback)
        : base(fallback)
    {
        ArgumentNullException.ThrowIfNull(data);
        Data = data;
    }

    public IReadOnlyList<BarChartDatum> Data { get; }

    public string? XAxisTitle { get; init; }

    public string? YAxisTitle { get; init; }

    public string? Color { get; init; }
}
