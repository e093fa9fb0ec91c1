namespace Collaboration.Reports.Deck;

/// <summary>
/// One deterministic .pptx with the deck's master, theme and notes master, to which slides are drawn one by one. The
/// executive deck and the add-in's slide fragments are both built here, so a fragment's slide is the deck's slide.
/// </summary>
internal sealed class DeckPackage
{
    private readonly PresentationScaffold _scaffold;
    private readonly ReportTheme _theme;
    private readonly ReportText _text;
    private readonly IReadOnlyDictionary<string, LocalizedText> _topics;

    private DeckPackage(PresentationScaffold scaffold, ReportTheme theme, ReportText text, IReadOnlyDictionary<string, LocalizedText> topics)
    {
        _scaffold = scaffold;
        _theme = theme;
        _text = text;
        _topics = topics;
    }

    /// <summary>Builds the package: <paramref name="slides"/> draws every slide, then the file is closed and normalised.</summary>
    public static byte[] Build(SeriesReport report, ReportText text, ReportTheme theme, Action<DeckPackage> slides)
    {
        using var buffer = new MemoryStream();
        using (var document = PresentationDocument.Create(buffer, PresentationDocumentType.Presentation))
        {
            var scaffold = new PresentationScaffold(document, theme);
            var topics = report.Topics.ToDictionary(t => t.Key, t => t.Name, StringComparer.Ordinal);
            slides(new DeckPackage(scaffold, theme, text, topics));
            scaffold.Complete();
            CoreProperties.Write(document.AddCoreFilePropertiesPart(), SafeText.Line(text.Of(report.Title), 250), text.Tag, report.AsOf);
        }

        return DeterministicZip.Normalise(buffer.ToArray());
    }

    /// <summary>Adds a slide; <paramref name="draw"/> fills it and returns its speaker notes.</summary>
    public SlideCanvas Slide(Func<SlideCanvas, IReadOnlyList<string>> draw)
    {
        var canvas = new SlideCanvas(_scaffold.AddSlide(), _theme, _text.Tag) { Topics = _topics };
        canvas.Notes(_scaffold.NotesMaster, draw(canvas).Select(SafeText.Clean));
        return canvas;
    }
}
