namespace Collaboration.Bot.Cards.Model;

internal sealed record ChartPie : ChartElement
{
    public ChartPie(IReadOnlyList<PieChartDatum> data, CardElement fallback)
        : base(fallback)
    {
        ArgumentNullException.ThrowIfNull(data);
        Data = data;
    }

    public IReadOnlyList<PieChartDatum> Data { get; }
}
