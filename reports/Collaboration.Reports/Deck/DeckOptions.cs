namespace Collaboration.Reports.Deck;

/// <summary>How the executive deck is written: German by default, the default theme unless the administration sets one.</summary>
public sealed record DeckOptions
{
    public Language Language { get; init; } = Language.De;

    public ReportTheme Theme { get; init; } = ReportTheme.Default;
}
