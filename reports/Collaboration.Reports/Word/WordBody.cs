using Collaboration.Reports.Charts;
using Collaboration.Reports.Text;
using Collaboration.Reports.Theming;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Collaboration.Reports.Word;

/// <summary>
/// Appends to the report's body: headings, paragraphs, tables, native charts and pictures (each with alt text),
/// fields. Drawing and relationship ids count up, so equal content gives equal XML.
/// </summary>
internal sealed class WordBody(MainDocumentPart main, Body body, ReportTheme theme, string language)
{
    /// <summary>Usable width of an A4 page with 2 cm margins, in twentieths of a point (dxa).</summary>
    public const int TextWidth = 9638;
    private const long TextWidthEmu = 6120000;

    private uint _nextDrawing = 1;
    private int _nextRelationship = 10;

    public ReportTheme Theme => theme;

    public void Heading(int level, string text) => Styled(WordStyles.Heading(level), text);

    public void Styled(string style, string text) =>
        body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }), Run(text)));

    /// <summary>A paragraph of user or report text; line breaks inside it stay line breaks.</summary>
    public void Text(string text, bool bold = false, bool italic = false, string? style = null)
    {
        var paragraph = new Paragraph();
        var clean = SafeText.Clean(text);
        if (style is not null || SafeText.StartsRightToLeft(clean))
        {
            var properties = new ParagraphProperties();
            if (style is not null)
            {
                properties.Append(new ParagraphStyleId { Val = style });
            }

            if (SafeText.StartsRightToLeft(clean))
            {
                properties.Append(new BiDi());
            }

            paragraph.Append(properties);
        }

        var lines = clean.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = Run(lines[i], bold, italic);
            if (i > 0)
            {
                run.InsertAt(new Break(), run.RunProperties is null ? 0 : 1);
            }

            paragraph.Append(run);
        }

        body.Append(paragraph);
    }

    public void PageBreak() => body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    /// <summary>A field (TOC, PAGE...) with the text shown until Word updates it.</summary>
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

            body.Append(paragraph);
        }
    }

    public void Append(OpenXmlElement element) => body.Append(element);

    /// <summary>A table with a header row; marked cells are shaded in the highlight colour and bold.</summary>
    public void Table(IReadOnlyList<int> widths, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<(string Text, bool Marked)>> rows)
    {
        var scale = (double)TextWidth / widths.Sum();
        var columns = widths.Select(w => (int)(w * scale)).ToList();
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = WordStyles.TableGrid },
                new TableWidth { Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0", FirstRow = true, NoVerticalBand = true }),
            new TableGrid(columns.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(Row(columns, header.Select(h => (h, false)).ToList(), isHeader: true));
        foreach (var row in rows)
        {
            table.Append(Row(columns, row, isHeader: false));
        }

        body.Append(table);
        body.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "60" })));
    }

    public void Chart(ChartSpec spec, string altText, long height = 3000000)
    {
        var relationship = "rId" + _nextRelationship++;
        var part = main.AddNewPart<ChartPart>(relationship);
        ChartPartWriter.Write(part, spec, theme, language);
        var graphic = new A.GraphicData(new C.ChartReference { Id = relationship }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" };
        body.Append(new Paragraph(new Run(Inline(TextWidthEmu, height, altText, graphic))));
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
        body.Append(new Paragraph(new Run(Inline(width, height, altText, graphic))));
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

    private TableRow Row(List<int> columns, IReadOnlyList<(string Text, bool Marked)> cells, bool isHeader)
    {
        var row = new TableRow();
        if (isHeader)
        {
            row.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
        }

        for (var i = 0; i < cells.Count && i < columns.Count; i++)
        {
            var (text, marked) = cells[i];
            var fill = isHeader ? theme.Primary : marked ? theme.Highlight : null;
            var properties = new TableCellProperties(new TableCellWidth { Width = columns[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (fill is not null)
            {
                properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
            }

            var run = Run(SafeText.Clean(text).Replace('\n', ' '), isHeader || marked);
            if (isHeader)
            {
                run.RunProperties!.Append(new Color { Val = theme.Background });
            }

            row.Append(new TableCell(properties, new Paragraph(run)));
        }

        return row;
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
