namespace Collaboration.Reports.Theming;

/// <summary>
/// The administration's look: colours as six-digit hex RGB, fonts by name, an optional logo (PNG or JPEG bytes).
/// Set through a JSON file (see <see cref="ThemeFile"/>), never in code.
/// </summary>
public sealed record ReportTheme(
    string Primary,
    string Accent,
    string Text,
    string Background,
    string Highlight,
    IReadOnlyList<string> ChartColors,
    string HeadingFont,
    string BodyFont,
    ThemeImage? Logo)
{
    /// <summary>A sober default: dark blue, teal accents, Arial (present in Office and as Liberation Sans in LibreOffice).</summary>
    public static ReportTheme Default { get; } = new(
        "1F4E79", "2E8B8B", "262626", "FFFFFF", "FFE699",
        ["1F4E79", "2E8B8B", "C55A11", "7F7F7F", "548235", "BF9000", "7030A0", "2F5597"],
        "Arial", "Arial", null);

    public string ChartColor(int index) => ChartColors.Count == 0 ? Primary : ChartColors[index % ChartColors.Count];
}
