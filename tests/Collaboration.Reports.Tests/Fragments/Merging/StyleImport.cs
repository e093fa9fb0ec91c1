using DocumentFormat.OpenXml;

namespace Collaboration.Reports.Tests.Fragments.Merging;

/// <summary>Word's rule on inserting a file: styles the target already has keep the target's look; missing ones come along with what they build on.</summary>
internal static class StyleImport
{
    public static void Missing(MainDocumentPart main, MainDocumentPart from, OpenXmlElement imported)
    {
        var sourceStyles = from.StyleDefinitionsPart?.Styles;
        if (sourceStyles is null)
        {
            return;
        }

        var targetPart = main.StyleDefinitionsPart ?? main.AddNewPart<StyleDefinitionsPart>();
        targetPart.Styles ??= new Styles();
        var have = targetPart.Styles.Elements<Style>().Select(s => s.StyleId?.Value).ToHashSet(StringComparer.Ordinal);
        var wanted = new Queue<string>(imported.Descendants().Select(StyleOf).OfType<string>());
        while (wanted.TryDequeue(out var id))
        {
            if (have.Contains(id) || sourceStyles.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == id) is not { } style)
            {
                continue;
            }

            targetPart.Styles.Append(style.CloneNode(true));
            have.Add(id);
            foreach (var next in new[] { style.BasedOn?.Val?.Value, style.NextParagraphStyle?.Val?.Value, style.LinkedStyle?.Val?.Value }.OfType<string>())
            {
                wanted.Enqueue(next);
            }
        }
    }

    private static string? StyleOf(OpenXmlElement element) => element switch
    {
        ParagraphStyleId p => p.Val?.Value,
        RunStyle r => r.Val?.Value,
        TableStyle t => t.Val?.Value,
        _ => null,
    };
}
