using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Collaboration.Reports.Word;

/// <summary>
/// Writes the report's body as a stream of XML: headings, paragraphs, tables, native charts and pictures (each with
/// alt text), fields. Nothing written stays in memory, so the report's size does not grow the process. Drawing and
/// relationship ids count up, so equal content gives equal XML.
/// </summary>
internal sealed class WordBody(MainDocumentPart main, WordXml xml, ReportTheme theme, string language)
{
    /// <summary>Usable width of an A4 page with 2 cm margins, in twentieths of a point (dxa).</summary>
    public const int TextWidth = 9638;
    private const long TextWidthEmu = 6120000;

    private readonly Dictionary<string, OpenXmlAttribute[]> _styles = new(StringComparer.Ordinal);
    private readonly OpenXmlAttribute[] _headerFill = WordXml.Fill(theme.Primary);
    private readonly OpenXmlAttribute[] _markedFill = WordXml.Fill(theme.Highlight);
    private readonly OpenXmlAttribute[] _headerColor = WordXml.Val(theme.Background);
    private uint _nextDrawing = 1;
    private int _nextRelationship = 10;

    public ReportTheme Theme => theme;

    public void Heading(int level, string text) => Styled(WordStyles.Heading(level), text);

    public void Styled(string style, string text)
    {
        xml.StartParagraph();
        xml.ParagraphProperties(Style(style), rightToLeft: false);
        xml.Run(SafeText.Clean(text));
        xml.End();
    }

    /// <summary>A paragraph of user or report text; line breaks inside it stay line breaks.</summary>
    public void Text(string text, bool bold = false, bool italic = false, string? style = null)
    {
        var clean = SafeText.Clean(text);
        var rightToLeft = SafeText.StartsRightToLeft(clean);
        xml.StartParagraph();
        if (style is not null || rightToLeft)
        {
            xml.ParagraphProperties(style is null ? null : Style(style), rightToLeft);
        }

        if (clean.Contains('\n', StringComparison.Ordinal))
        {
            var lines = clean.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                xml.Run(lines[i], bold, italic, breakBefore: i > 0);
            }
        }
        else
        {
            xml.Run(clean, bold, italic);
        }

        xml.End();
    }

    /// <summary>
    /// "• text (label: count)" written as <see cref="Text"/> writes that string, without building it: the report writes
    /// one for each need. Label and count are report texts without line breaks, so only the text may span lines.
    /// </summary>
    public void Bullet(string text, string label, string count)
    {
        var clean = SafeText.Clean(text);
        xml.StartParagraph();
        // The bullet is not a letter, and the label starts with one that is not right to left.
        if (SafeText.StartsRightToLeft(clean))
        {
            xml.ParagraphProperties(null, rightToLeft: true);
        }

        if (!clean.Contains('\n', StringComparison.Ordinal))
        {
            // Nearly every need: one run, and no array of lines for it.
            xml.Run(["• ", clean, " (", SafeText.Clean(label), ": ", count, ")"], breakBefore: false);
            xml.End();
            return;
        }

        var lines = clean.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var last = i == lines.Length - 1;
            xml.Run([i == 0 ? "• " : string.Empty, lines[i], last ? " (" : string.Empty, last ? SafeText.Clean(label) : string.Empty, last ? ": " : string.Empty, last ? count : string.Empty, last ? ")" : string.Empty],
                breakBefore: i > 0);
        }

        xml.End();
    }

    public void PageBreak() => xml.Element(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    public static Paragraph Field(string instruction, string placeholder, string? style = null)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
            new Run(new FieldCode(" " + instruction + " ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new WText(placeholder) { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        return paragraph;
    }

    /// <summary>
    /// A field whose shown result spans several paragraphs (one per line), e.g. a table of contents pre-filled with
    /// the chapter titles, so readers that do not update fields (PDF converters, viewers) still see the contents.
    /// </summary>
    public void FieldParagraphs(string instruction, IReadOnlyList<string> lines, string style)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
            if (i == 0)
            {
                paragraph.Append(
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
                    new Run(new FieldCode(" " + instruction + " ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
            }

            paragraph.Append(Run(lines[i]));
            if (i == lines.Count - 1)
            {
                paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            }

            xml.Element(paragraph);
        }
    }

    public void Append(OpenXmlElement element) => xml.Element(element);

    /// <summary>A table with a header row; marked cells are shaded in the highlight colour and bold. Rows are written as they come.</summary>
    public void Table(IReadOnlyList<int> widths, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<(string Text, bool Marked)>> rows)
    {
        var scale = (double)TextWidth / widths.Sum();
        var columns = widths.Select(w => ((int)(w * scale)).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        xml.StartTable();
        xml.Element(new TableProperties(
            new TableStyle { Val = WordStyles.TableGrid },
            new TableWidth { Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0", FirstRow = true, NoVerticalBand = true }));
        xml.Element(new TableGrid(columns.Select(w => new GridColumn { Width = w })));
        var cellWidths = columns.Select(WordXml.Width).ToList();
        Row(cellWidths, header.Select(h => (h, false)).ToList(), isHeader: true);
        foreach (var row in rows)
        {
            Row(cellWidths, row, isHeader: false);
        }

        xml.End();
        xml.Element(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "60" })));
    }

    public void Chart(ChartSpec spec, string altText, long height = 3000000)
    {
        var relationship = "rId" + _nextRelationship++;
        var part = main.AddNewPart<ChartPart>(relationship);
        ChartPartWriter.Write(part, spec, theme, language);
        var graphic = new A.GraphicData(new C.ChartReference { Id = relationship }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" };
        xml.Element(new Paragraph(new Run(Inline(TextWidthEmu, height, altText, graphic))));
    }

    public void Picture(ThemeImage image, long maxWidth, long maxHeight, string altText)
    {
        var relationship = "rId" + _nextRelationship++;
        var part = main.AddImagePart(image.ContentType == "image/png" ? ImagePartType.Png : ImagePartType.Jpeg, relationship);
        using (var data = new MemoryStream(image.Bytes))
        {
            part.FeedData(data);
        }

        var scale = Math.Min((double)maxWidth / Math.Max(1, image.Width), (double)maxHeight / Math.Max(1, image.Height));
        var (width, height) = ((long)(image.Width * scale), (long)(image.Height * scale));
        var id = _nextDrawing;
        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = id, Name = "Logo", Description = altText }, new PIC.NonVisualPictureDrawingProperties()),
            new PIC.BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = width, Cy = height }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var graphic = new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" };
        xml.Element(new Paragraph(new Run(Inline(width, height, altText, graphic))));
    }

    private Drawing Inline(long width, long height, string altText, A.GraphicData graphic)
    {
        var id = _nextDrawing++;
        return new Drawing(new DW.Inline(
            new DW.Extent { Cx = width, Cy = height },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = $"Drawing {id}", Description = altText },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(graphic))
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 });
    }

    private void Row(List<OpenXmlAttribute[]> widths, IReadOnlyList<(string Text, bool Marked)> cells, bool isHeader)
    {
        xml.StartRow(isHeader);
        for (var i = 0; i < cells.Count && i < widths.Count; i++)
        {
            var (text, marked) = cells[i];
            xml.StartCell(widths[i], isHeader ? _headerFill : marked ? _markedFill : null);
            xml.StartParagraph();
            xml.Run(SafeText.Clean(text).Replace('\n', ' '), isHeader || marked, color: isHeader ? _headerColor : null);
            xml.End();
            xml.End();
        }

        xml.End();
    }

    private OpenXmlAttribute[] Style(string style)
    {
        if (!_styles.TryGetValue(style, out var attributes))
        {
            attributes = WordXml.Val(style);
            _styles.Add(style, attributes);
        }

        return attributes;
    }

    private static Run Run(string text, bool bold = false, bool italic = false)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        return new Run(properties, new WText(SafeText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
    }
}
