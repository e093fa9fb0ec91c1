using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using P = DocumentFormat.OpenXml.Presentation;

namespace Collaboration.Reports.Deck;

/// <summary>
/// Draws on one slide: text boxes, filled shapes, native charts, tables, a picture, and the speaker notes.
/// Shape and relationship ids count up per slide, so the same content always gives the same XML.
/// </summary>
internal sealed class SlideCanvas
{
    private readonly SlidePart _slide;
    private readonly ReportTheme _theme;
    private readonly string _language;
    private readonly P.ShapeTree _tree;
    private readonly P.CommonSlideData _data;
    private uint _nextShapeId = 2;
    private int _nextRelationship = 2;

    public SlideCanvas(SlidePart slide, ReportTheme theme, string language)
    {
        _slide = slide;
        _theme = theme;
        _language = language;
        _tree = new P.ShapeTree(
            new P.NonVisualGroupShapeProperties(
                new P.NonVisualDrawingProperties { Id = 1, Name = string.Empty },
                new P.NonVisualGroupShapeDrawingProperties(),
                new P.ApplicationNonVisualDrawingProperties()),
            new P.GroupShapeProperties(new A.TransformGroup()));
        _data = new P.CommonSlideData(_tree);
        slide.Slide = new P.Slide(_data, new P.ColorMapOverride(new A.MasterColorMapping()));
    }

    public ReportTheme Theme => _theme;

    /// <summary>Topic names by key, for tables that show needs.</summary>
    public IReadOnlyDictionary<string, Collaboration.Forums.Text.LocalizedText> Topics { get; init; } = new Dictionary<string, Collaboration.Forums.Text.LocalizedText>();

    public void Title(string text, int size = 28) =>
        TextBox(Emu.Margin, 380000, Emu.ContentWidth, 950000, [new TextRun(text, size, true, _theme.Primary)], anchorBottom: true, heading: true);

    public void TextBox(long x, long y, long width, long height, IReadOnlyList<TextRun> paragraphs, bool anchorBottom = false, bool heading = false,
        string? fill = null, bool center = false, A.ShapeTypeValues? shape = null)
    {
        var id = _nextShapeId++;
        var properties = new P.ShapeProperties(
            new A.Transform2D(new A.Offset { X = x, Y = y }, new A.Extents { Cx = width, Cy = height }),
            new A.PresetGeometry(new A.AdjustValueList()) { Preset = shape ?? A.ShapeTypeValues.Rectangle });
        if (fill is null)
        {
            properties.Append(new A.NoFill());
        }
        else
        {
            properties.Append(Solid(fill), new A.Outline(new A.NoFill()));
        }

        // Wrap inside the box and let PowerPoint shrink what still does not fit; the texts are cut to a budget
        // beforehand, so shrinking only fine-tunes and nothing runs off the slide in any viewer.
        var body = new P.TextBody(
            new A.BodyProperties(new A.NormalAutoFit())
            {
                Wrap = A.TextWrappingValues.Square,
                LeftInset = 91440,
                RightInset = 91440,
                TopInset = 45720,
                BottomInset = 45720,
                Anchor = anchorBottom ? A.TextAnchoringTypeValues.Bottom : center ? A.TextAnchoringTypeValues.Center : A.TextAnchoringTypeValues.Top,
            },
            new A.ListStyle());
        foreach (var paragraph in paragraphs.Count == 0 ? [new TextRun(string.Empty)] : paragraphs)
        {
            body.Append(Paragraph(paragraph, heading, center));
        }

        _tree.Append(new P.Shape(
            new P.NonVisualShapeProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = $"Text {id}" },
                new P.NonVisualShapeDrawingProperties(new A.ShapeLocks { NoGrouping = true }),
                new P.ApplicationNonVisualDrawingProperties()),
            properties,
            body));
    }

    public void Chart(long x, long y, long width, long height, ChartSpec spec, string altText)
    {
        var relationship = NextRelationship();
        var part = _slide.AddNewPart<ChartPart>(relationship);
        ChartPartWriter.Write(part, spec, _theme, _language);
        var graphic = new A.GraphicData(new C.ChartReference { Id = relationship }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" };
        _tree.Append(Frame(x, y, width, height, "Chart", altText, graphic));
    }

    public void Table(long x, long y, IReadOnlyList<long> columnWidths, IReadOnlyList<IReadOnlyList<TableCellSpec>> rows, long rowHeight, int fontSize, string altText, int? headerSize = null)
    {
        var grid = new A.TableGrid(columnWidths.Select(w => new A.GridColumn { Width = w }));
        var table = new A.Table(new A.TableProperties { FirstRow = true }, grid);
        foreach (var row in rows)
        {
            var tableRow = new A.TableRow { Height = rowHeight };
            foreach (var cell in row)
            {
                tableRow.Append(Cell(cell, cell.Header ? headerSize ?? fontSize : fontSize));
            }

            table.Append(tableRow);
        }

        var graphic = new A.GraphicData(table) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/table" };
        _tree.Append(Frame(x, y, columnWidths.Sum(), rowHeight * rows.Count, "Table", altText, graphic));
    }

    public void Picture(ThemeImage image, long x, long y, long maxWidth, long maxHeight, string altText)
    {
        var relationship = NextRelationship();
        var part = _slide.AddImagePart(image.ContentType == "image/png" ? ImagePartType.Png : ImagePartType.Jpeg, relationship);
        using (var data = new MemoryStream(image.Bytes))
        {
            part.FeedData(data);
        }

        // Fit inside the box without distortion, right-aligned.
        var scale = Math.Min((double)maxWidth / Math.Max(1, image.Width), (double)maxHeight / Math.Max(1, image.Height));
        var width = (long)(image.Width * scale);
        var height = (long)(image.Height * scale);
        var id = _nextShapeId++;
        _tree.Append(new P.Picture(
            new P.NonVisualPictureProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = $"Picture {id}", Description = altText },
                new P.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true }),
                new P.ApplicationNonVisualDrawingProperties()),
            new P.BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
            new P.ShapeProperties(
                new A.Transform2D(new A.Offset { X = x + maxWidth - width, Y = y }, new A.Extents { Cx = width, Cy = height }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })));
    }

    public void Notes(NotesMasterPart master, IEnumerable<string> lines)
    {
        var part = _slide.AddNewPart<NotesSlidePart>("rId" + _nextRelationship++);
        part.AddPart(master, "rId1");
        part.AddPart(_slide, "rId2");
        var body = new P.TextBody(new A.BodyProperties(), new A.ListStyle());
        foreach (var line in lines)
        {
            body.Append(new A.Paragraph(new A.Run(new A.RunProperties { Language = _language, Dirty = false }, new A.Text(line))));
        }

        if (!body.Elements<A.Paragraph>().Any())
        {
            body.Append(new A.Paragraph(new A.EndParagraphRunProperties { Language = _language }));
        }

        var tree = new P.ShapeTree(
            new P.NonVisualGroupShapeProperties(
                new P.NonVisualDrawingProperties { Id = 1, Name = string.Empty },
                new P.NonVisualGroupShapeDrawingProperties(),
                new P.ApplicationNonVisualDrawingProperties()),
            new P.GroupShapeProperties(new A.TransformGroup()),
            new P.Shape(
                new P.NonVisualShapeProperties(
                    new P.NonVisualDrawingProperties { Id = 2, Name = "Notes" },
                    new P.NonVisualShapeDrawingProperties(new A.ShapeLocks { NoGrouping = true }),
                    new P.ApplicationNonVisualDrawingProperties(new P.PlaceholderShape { Type = P.PlaceholderValues.Body, Index = 1 })),
                new P.ShapeProperties(),
                body));
        part.NotesSlide = new P.NotesSlide(new P.CommonSlideData(tree), new P.ColorMapOverride(new A.MasterColorMapping()));
    }

    /// <summary>
    /// Programmable tags on the slide (what PowerPoint's <c>slide.tags</c> reads): a tags part with <c>p:tagLst</c>,
    /// referenced from the slide's <c>p:custDataLst</c>. Names are upper case, as PowerPoint stores them.
    /// </summary>
    public void Tags(IEnumerable<KeyValuePair<string, string>> tags)
    {
        var relationship = NextRelationship();
        var part = _slide.AddNewPart<UserDefinedTagsPart>(relationship);
        part.TagList = new P.TagList(tags.Select(t => new P.Tag { Name = t.Key.ToUpperInvariant(), Val = t.Value }));
        _data.Append(new P.CustomerDataList(new P.CustomerDataTags { Id = relationship }));
    }

    private static A.SolidFill Solid(string hex) => new(new A.RgbColorModelHex { Val = hex });

    private string NextRelationship() => "rId" + _nextRelationship++;

    private P.GraphicFrame Frame(long x, long y, long width, long height, string kind, string altText, A.GraphicData graphic)
    {
        var id = _nextShapeId++;
        return new P.GraphicFrame(
            new P.NonVisualGraphicFrameProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = $"{kind} {id}", Description = altText },
                new P.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoGrouping = true }),
                new P.ApplicationNonVisualDrawingProperties()),
            new P.Transform(new A.Offset { X = x, Y = y }, new A.Extents { Cx = width, Cy = height }),
            new A.Graphic(graphic));
    }

    private A.Paragraph Paragraph(TextRun run, bool heading, bool center)
    {
        var rightToLeft = SafeText.StartsRightToLeft(run.Text);
        var properties = new A.ParagraphProperties
        {
            Alignment = center ? A.TextAlignmentTypeValues.Center : rightToLeft ? A.TextAlignmentTypeValues.Right : A.TextAlignmentTypeValues.Left,
            RightToLeft = rightToLeft ? true : null,
        };
        if (run.Bullet)
        {
            properties.LeftMargin = 342900;
            properties.Indent = -342900;
            properties.Append(new A.SpaceBefore(new A.SpacingPoints { Val = 600 }), new A.CharacterBullet { Char = "•" });
        }
        else
        {
            properties.Append(new A.SpaceBefore(new A.SpacingPoints { Val = 300 }), new A.NoBullet());
        }

        var font = heading ? _theme.HeadingFont : _theme.BodyFont;
        var runProperties = new A.RunProperties(Solid(run.Color ?? _theme.Text), new A.LatinFont { Typeface = font }, new A.ComplexScriptFont { Typeface = font })
        {
            Language = _language,
            FontSize = run.Size * 100,
            Bold = run.Bold,
            Italic = run.Italic,
            Dirty = false,
        };
        return new A.Paragraph(properties, new A.Run(runProperties, new A.Text(run.Text)));
    }

    private A.TableCell Cell(TableCellSpec cell, int fontSize)
    {
        var color = cell.Header ? _theme.Background : _theme.Text;
        var runProperties = new A.RunProperties(Solid(color), new A.LatinFont { Typeface = _theme.BodyFont })
        {
            Language = _language,
            FontSize = fontSize * 100,
            Bold = cell.Header || cell.Marked,
            Dirty = false,
        };
        var fill = cell.Header ? _theme.Primary : cell.Marked ? _theme.Highlight : _theme.Background;
        return new A.TableCell(
            new A.TextBody(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph(new A.Run(runProperties, new A.Text(cell.Text)))),
            new A.TableCellProperties(
                new A.LeftBorderLineProperties(Solid("BFBFBF")) { Width = 6350 },
                new A.RightBorderLineProperties(Solid("BFBFBF")) { Width = 6350 },
                new A.TopBorderLineProperties(Solid("BFBFBF")) { Width = 6350 },
                new A.BottomBorderLineProperties(Solid("BFBFBF")) { Width = 6350 },
                Solid(fill))
            { LeftMargin = 68580, RightMargin = 68580, TopMargin = 22860, BottomMargin = 22860, Anchor = A.TextAnchoringTypeValues.Center });
    }
}
