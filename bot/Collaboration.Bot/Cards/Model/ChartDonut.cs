namespace Collaboration.Bot.Cards.Model;

internal sealed record ChartDonut : ChartElement
{
    public ChartDonut(IReadOnlyList<PieChartDatum> data, CardElement fallback)
        : base(fallback)
    {
        ArgumentNullException.ThrowIfNull(data);
        Data = data;
    }

    public IReadOnlyList<PieChartDatum> Data { get; }
}
