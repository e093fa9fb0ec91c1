using Collaboration.Reports.Model;
using Collaboration.Reports.Packaging;
using Collaboration.Reports.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Collaboration.Reports.Deck;

/// <summary>
/// Writes the executive deck (16:9 PowerPoint): title, management summary, participation, one section per forum with
/// a slide per item (native charts with embedded data, tables with the winning cell marked, quotes), the carry-over
/// flow and the implementation path, each content slide with speaker notes. Equal input gives byte-identical output.
/// </summary>
public static class DeckWriter
{
    public static void Write(SeriesReport report, Stream output, DeckOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);

        var text = new ReportText(options.Language);
        using var buffer = new MemoryStream();
        using (var document = PresentationDocument.Create(buffer, PresentationDocumentType.Presentation))
        {
            var scaffold = new PresentationScaffold(document, options.Theme);
            var topics = report.Topics.ToDictionary(t => t.Key, t => t.Name, StringComparer.Ordinal);

            void Slide(Func<SlideCanvas, IReadOnlyList<string>> draw)
            {
                var canvas = new SlideCanvas(scaffold.AddSlide(), options.Theme, text.Tag) { Topics = topics };
                canvas.Notes(scaffold.NotesMaster, draw(canvas).Select(SafeText.Clean));
            }

            Slide(c => OverviewSlides.Title(c, report, text));
            Slide(c => OverviewSlides.Summary(c, report, text));
            Slide(c => OverviewSlides.Participation(c, report, text));
            foreach (var forum in report.Forums)
            {
                Slide(c => OverviewSlides.ForumSection(c, forum, text));
                foreach (var item in forum.Items)
                {
                    Slide(c => ItemSlide.Draw(c, forum, item, text));
                }
            }

            Slide(c => FlowSlides.CarryOver(c, report, text));
            Slide(c => FlowSlides.Path(c, report, text));
            scaffold.Complete();

            CoreProperties.Write(document.AddCoreFilePropertiesPart(), SafeText.Line(text.Of(report.Title), 250), text.Tag, report.AsOf);
        }

        var bytes = DeterministicZip.Normalise(buffer.ToArray());
        output.Write(bytes, 0, bytes.Length);
    }
}
