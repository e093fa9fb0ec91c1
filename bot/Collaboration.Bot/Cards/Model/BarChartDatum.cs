namespace Collaboration.Bot.Cards.Model;

/// <summary>One bar: <c>x</c> is the bar's label, <c>y</c> its value (the field names Microsoft documents for bar charts).</summary>
internal sealed record BarChartDatum(string X, double Y)
{
    /// <summary>A chart colour name such as "good", "warning", "attention", "categoricalBlue".</summary>
    public string? Color { get; init; }
}
