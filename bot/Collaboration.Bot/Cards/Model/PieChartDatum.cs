namespace Collaboration.Bot.Cards.Model;

/// <summary>One slice of a pie or donut: <c>legend</c> and <c>value</c>, as Microsoft documents them.</summary>
internal sealed record PieChartDatum(string Legend, double Value)
{
    public string? Color { get; init; }
}
