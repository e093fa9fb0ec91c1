namespace Collaboration.Bot.Cards.Model;

internal sealed record ChartVerticalBar : BarChartElement
{
    public ChartVerticalBar(IReadOnlyList<BarChartDatum> data, CardElement fallback)
        : base(data, fallback)
    {
    }
}
