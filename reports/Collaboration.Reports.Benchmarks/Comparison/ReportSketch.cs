using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Collaboration.Reports.Benchmarks.Comparison;

/// <summary>
/// The Word report's text content as the docx baseline writes it: headings, paragraphs (with style, bold, italic and
/// line breaks), tables with their column widths and header row, page breaks. Read from the report ReportWriter wrote,
/// so both sides write the same text; charts and the logo are left out on both sides' count (docx gets none).
/// </summary>
internal sealed record ReportSketch(string Title, IReadOnlyList<SketchBlock> Blocks)
{
    public static ReportSketch From(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx, writable: false), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var blocks = new List<SketchBlock>();
        foreach (var element in body.ChildElements)
        {
            switch (element)
            {
                case W.Paragraph p when p.Descendants<W.Drawing>().Any():
                    break;
                case W.Paragraph p when p.Descendants<W.Break>().Any(b => b.Type?.Value == W.BreakValues.Page):
                    blocks.Add(new SketchBlock("break"));
                    break;
                case W.Paragraph p:
                    blocks.Add(Paragraph(p));
                    break;
                case W.Table t:
                    var rows = t.Elements<W.TableRow>().Select(r => (IReadOnlyList<string>)[.. r.Elements<W.TableCell>().Select(c => c.InnerText)]).ToList();
                    var widths = t.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
                    blocks.Add(new SketchBlock("table", Widths: widths, Rows: rows));
                    break;
            }
        }

        var title = document.MainDocumentPart.HeaderParts.FirstOrDefault()?.Header?.InnerText ?? string.Empty;
        return new ReportSketch(title, blocks);
    }

    private static SketchBlock Paragraph(W.Paragraph paragraph)
    {
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var runs = paragraph.Elements<W.Run>().Where(r => r.GetFirstChild<W.Text>() is not null).ToList();
        var text = string.Concat(runs.Select(r => (r.GetFirstChild<W.Break>() is null ? string.Empty : "\n") + r.GetFirstChild<W.Text>()!.Text));
        var first = runs.FirstOrDefault()?.RunProperties;
        return new SketchBlock("paragraph", style, text, Bold: first?.Bold is not null, Italic: first?.Italic is not null);
    }
}

/// <summary>One block of the sketch: a paragraph (its style may be a heading), a table or a page break.</summary>
internal sealed record SketchBlock(
    string Kind, string? Style = null, string? Text = null, bool Bold = false, bool Italic = false,
    IReadOnlyList<int>? Widths = null, IReadOnlyList<IReadOnlyList<string>>? Rows = null);
