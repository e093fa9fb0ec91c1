namespace Collaboration.Reports.Charts;

/// <summary>What a native chart shows: categories and one or more series of values over them.</summary>
/// <param name="Stacked">Bars of several series stacked into one per category (parts of a whole, e.g. places of a ranking).</param>
internal sealed record ChartSpec(ChartKind Kind, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, bool Percent = false, bool Stacked = false);

internal sealed record ChartSeries(string Name, IReadOnlyList<double> Values);

internal enum ChartKind
{
    /// <summary>Horizontal bars, first category at the top: rankings with long labels.</summary>
    Bar,

    /// <summary>Vertical columns: scales (1–5) and group comparisons.</summary>
    Column,

    /// <summary>Shares of one whole: single-choice items only.</summary>
    Pie,
}
