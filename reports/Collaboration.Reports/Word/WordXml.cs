using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Collaboration.Reports.Word;

/// <summary>
/// Writes the body's frequent elements (paragraphs, runs, table rows and cells) straight to an
/// <see cref="OpenXmlWriter"/>: a start tag from one shared element of each kind plus its attributes, instead of a
/// tree of element objects per paragraph. The markup is the one the element objects would serialise to.
/// </summary>
internal sealed class WordXml(OpenXmlWriter xml)
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    // One instance per kind, used only for its name: OpenXmlWriter takes prefix, name and namespace from it.
    private static readonly Paragraph ParagraphTag = new();
    private static readonly ParagraphProperties ParagraphPropertiesTag = new();
    private static readonly ParagraphStyleId StyleTag = new();
    private static readonly BiDi BiDiTag = new();
    private static readonly Run RunTag = new();
    private static readonly RunProperties RunPropertiesTag = new();
    private static readonly Bold BoldTag = new();
    private static readonly Italic ItalicTag = new();
    private static readonly Color ColorTag = new();
    private static readonly Break BreakTag = new();
    private static readonly WText TextTag = new();
    private static readonly Table TableTag = new();
    private static readonly TableRow RowTag = new();
    private static readonly TableRowProperties RowPropertiesTag = new();
    private static readonly TableHeader TableHeaderTag = new();
    private static readonly CantSplit CantSplitTag = new();
    private static readonly TableCell CellTag = new();
    private static readonly TableCellProperties CellPropertiesTag = new();
    private static readonly TableCellWidth CellWidthTag = new();
    private static readonly Shading ShadingTag = new();

    private static readonly OpenXmlAttribute[] Preserve = [new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")];

    public OpenXmlWriter Writer => xml;

    public static OpenXmlAttribute[] Val(string value) => [new("w", "val", W, value)];

    public static OpenXmlAttribute[] Width(string dxa) => [new("w", "w", W, dxa), new("w", "type", W, "dxa")];

    public static OpenXmlAttribute[] Fill(string color) => [new("w", "val", W, "clear"), new("w", "color", W, "auto"), new("w", "fill", W, color)];

    public void StartParagraph() => Start(ParagraphTag);

    /// <summary>&lt;w:pPr&gt; with a style (a cached <see cref="Val"/>), and &lt;w:bidi/&gt; for right-to-left text.</summary>
    public void ParagraphProperties(OpenXmlAttribute[]? style, bool rightToLeft)
    {
        Start(ParagraphPropertiesTag);
        if (style is not null)
        {
            Empty(StyleTag, style);
        }

        if (rightToLeft)
        {
            Empty(BiDiTag);
        }

        End();
    }

    /// <summary>A run of already cleaned text: &lt;w:rPr&gt; (always, as the report has always written it), an optional line break, the text.</summary>
    public void Run(string text, bool bold = false, bool italic = false, OpenXmlAttribute[]? color = null, bool breakBefore = false)
    {
        Start(RunTag);
        Start(RunPropertiesTag);
        if (bold)
        {
            Empty(BoldTag);
        }

        if (italic)
        {
            Empty(ItalicTag);
        }

        if (color is not null)
        {
            Empty(ColorTag, color);
        }

        End();
        if (breakBefore)
        {
            Empty(BreakTag);
        }

        xml.WriteStartElement(TextTag, Preserve, null!);
        xml.WriteString(text);
        End();
        End();
    }

    /// <summary>A plain run whose text is <paramref name="parts"/> one after the other, the same markup as their concatenation.</summary>
    public void Run(ReadOnlySpan<string> parts, bool breakBefore)
    {
        Start(RunTag);
        Start(RunPropertiesTag);
        End();
        if (breakBefore)
        {
            Empty(BreakTag);
        }

        xml.WriteStartElement(TextTag, Preserve, null!);
        foreach (var part in parts)
        {
            xml.WriteString(part);
        }

        End();
        End();
    }

    public void StartTable() => Start(TableTag);

    public void StartRow(bool isHeader)
    {
        Start(RowTag);
        if (isHeader)
        {
            Start(RowPropertiesTag);
            Empty(TableHeaderTag);
            Empty(CantSplitTag);
            End();
        }
    }

    /// <summary>&lt;w:tc&gt; with its width and shading; the caller writes the cell's paragraph and ends it.</summary>
    public void StartCell(OpenXmlAttribute[] width, OpenXmlAttribute[]? fill)
    {
        Start(CellTag);
        Start(CellPropertiesTag);
        Empty(CellWidthTag, width);
        if (fill is not null)
        {
            Empty(ShadingTag, fill);
        }

        End();
    }

    public void End() => xml.WriteEndElement();

    public void Element(OpenXmlElement element) => xml.WriteElement(element);

    private void Start(OpenXmlElement tag, OpenXmlAttribute[]? attributes = null) => xml.WriteStartElement(tag, attributes!, null!);

    private void Empty(OpenXmlElement tag, OpenXmlAttribute[]? attributes = null)
    {
        Start(tag, attributes);
        End();
    }
}
