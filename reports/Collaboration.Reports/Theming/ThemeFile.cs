using System.Text.Json;

namespace Collaboration.Reports.Theming;

/// <summary>
/// Reads a theme JSON file: <c>{ "colors": { "primary": "1F4E79", "accent": "...", "text": "...", "background": "...",
/// "highlight": "...", "chart": ["...", ...] }, "fonts": { "heading": "...", "body": "..." }, "logo": "logo.png" }</c>.
/// Every field is optional; the logo path is relative to the theme file. A wrong value falls back to the default
/// and is reported as a warning, so a typo in a colour never stops the executive deck.
/// </summary>
public static class ThemeFile
{
    public static ThemeLoad Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            return new ThemeLoad(ReportTheme.Default, [$"Theme file '{path}' not found; the default theme is used."]);
        }

        var warnings = new List<string>();
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            var d = ReportTheme.Default;
            var colors = Child(root, "colors");
            var fonts = Child(root, "fonts");
            var chart = colors is { } c && c.TryGetProperty("chart", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select((e, i) => Color(e.GetString(), d.ChartColor(i), $"colors.chart[{i}]", warnings)).ToList()
                : [.. d.ChartColors];
            var theme = new ReportTheme(
                Color(Text(colors, "primary"), d.Primary, "colors.primary", warnings),
                Color(Text(colors, "accent"), d.Accent, "colors.accent", warnings),
                Color(Text(colors, "text"), d.Text, "colors.text", warnings),
                Color(Text(colors, "background"), d.Background, "colors.background", warnings),
                Color(Text(colors, "highlight"), d.Highlight, "colors.highlight", warnings),
                chart.Count == 0 ? d.ChartColors : chart,
                Font(Text(fonts, "heading")) ?? d.HeadingFont,
                Font(Text(fonts, "body")) ?? d.BodyFont,
                Logo(Text(root, "logo"), Path.GetDirectoryName(Path.GetFullPath(path))!, warnings));
            return new ThemeLoad(theme, warnings);
        }
        catch (JsonException e)
        {
            return new ThemeLoad(ReportTheme.Default, [$"Theme file '{path}' is not valid JSON (line {e.LineNumber + 1}): {e.Message} The default theme is used."]);
        }
    }

    private static JsonElement? Child(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var child) && child.ValueKind == JsonValueKind.Object ? child : null;

    private static string? Text(JsonElement? parent, string name) =>
        parent is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Color(string? value, string fallback, string field, List<string> warnings)
    {
        if (value is null)
        {
            return fallback;
        }

        var hex = value.TrimStart('#');
        if (hex.Length == 6 && int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out _))
        {
            return hex.ToUpperInvariant();
        }

        warnings.Add($"Theme: '{field}' is '{value}', not a colour like \"1F4E79\"; the default is used.");
        return fallback;
    }

    private static string? Font(string? name)
    {
        var clean = name?.Trim();
        return string.IsNullOrEmpty(clean) || clean.Length > 31 || clean.Any(char.IsControl) ? null : clean;
    }

    private static ThemeImage? Logo(string? file, string folder, List<string> warnings)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            return null;
        }

        var full = Path.Combine(folder, file);
        if (!File.Exists(full))
        {
            warnings.Add($"Theme: logo '{full}' not found; the documents have no logo.");
            return null;
        }

        var image = ThemeImage.From(File.ReadAllBytes(full));
        if (image is null)
        {
            warnings.Add($"Theme: logo '{full}' is neither PNG nor JPEG; the documents have no logo.");
        }

        return image;
    }
}
