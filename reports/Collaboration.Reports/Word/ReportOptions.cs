namespace Collaboration.Reports.Word;

/// <summary>How the Word report is written: German by default, the default theme unless the administration sets one.</summary>
public sealed record ReportOptions
{
    public Language Language { get; init; } = Language.De;

    public ReportTheme Theme { get; init; } = ReportTheme.Default;
}
