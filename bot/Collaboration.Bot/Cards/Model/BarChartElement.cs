namespace Collaboration.Bot.Cards.Model;

/// <summary>What the horizontal and the vertical bar chart share: labelled bars, the two axis titles and one colour.</summary>
internal abstract record BarChartElement : ChartElement
{
    protected BarChartElement(IReadOnlyList<BarChartDatum> data, CardElement fallback)
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
}
