namespace Collaboration.Reports.Theming;

/// <summary>A theme as read from a file, with what was wrong in the file (each wrong part fell back to the default).</summary>
public sealed record ThemeLoad(ReportTheme Theme, IReadOnlyList<string> Warnings);
