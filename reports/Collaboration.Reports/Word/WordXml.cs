using System.Xml;

namespace Collaboration.Reports.Word;

/// <summary>
/// Writes the body's XML straight to an <see cref="XmlWriter"/>: the frequent elements (paragraphs, runs, table rows
/// and cells) as tags by name with cached attributes, the rare ones (table properties, drawings) as element objects.
/// The markup is the one the SDK's element objects and its <c>OpenXmlPartWriter</c> would give, byte for byte; not
/// through that writer, because it takes attributes as an <c>IEnumerable</c>: an enumerator allocated per start tag
/// wherever the JIT has not removed it (a third of a 10,000-participant report's allocations, more without dynamic PGO).
/// </summary>
internal sealed class WordXml(XmlWriter xml)
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Prefix = "w";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>The namespaces of everything the body holds, declared once on the document element.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Namespaces =
    [
        new("w", W),
        new("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        new("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
        new("a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
        new("pic", "http://schemas.openxmlformats.org/drawingml/2006/picture"),
        new("c", "http://schemas.openxmlformats.org/drawingml/2006/chart"),
    ];

    public static OpenXmlAttribute[] Val(string value) => [new("w", "val", W, value)];

    public static OpenXmlAttribute[] Width(string dxa) => [new("w", "w", W, dxa), new("w", "type", W, "dxa")];

    public static OpenXmlAttribute[] Fill(string color) => [new("w", "val", W, "clear"), new("w", "color", W, "auto"), new("w", "fill", W, color)];

    /// <summary>&lt;w:document&gt; with every namespace the body uses, and &lt;w:body&gt;; <see cref="End"/> twice closes them.</summary>
    public void StartDocument()
    {
        xml.WriteStartElement(Prefix, "document", W);
        foreach (var (prefix, uri) in Namespaces)
        {
            xml.WriteAttributeString("xmlns", prefix, XmlnsNamespace, uri);
        }

        Start("body");
    }

    /// <summary>A start tag named after <paramref name="element"/> (a content control, say), without its attributes or children.</summary>
    public void Start(OpenXmlElement element) => xml.WriteStartElement(element.Prefix, element.LocalName, element.NamespaceUri);

    public void StartParagraph() => Start("p");

    /// <summary>&lt;w:pPr&gt; with a style (a cached <see cref="Val"/>), and &lt;w:bidi/&gt; for right-to-left text.</summary>
    public void ParagraphProperties(OpenXmlAttribute[]? style, bool rightToLeft)
    {
        Start("pPr");
        if (style is not null)
        {
            Empty("pStyle", style);
        }

        if (rightToLeft)
        {
            Empty("bidi");
        }

        End();
    }

    /// <summary>A run of already cleaned text: &lt;w:rPr&gt; (always, as the report has always written it), an optional line break, the text.</summary>
    public void Run(string text, bool bold = false, bool italic = false, OpenXmlAttribute[]? color = null, bool breakBefore = false)
    {
        Start("r");
        Start("rPr");
        if (bold)
        {
            Empty("b");
        }

        if (italic)
        {
            Empty("i");
        }

        if (color is not null)
        {
            Empty("color", color);
        }

        End();
        if (breakBefore)
        {
            Empty("br");
        }

        StartText();
        xml.WriteString(text);
        End();
        End();
    }

    /// <summary>A plain run whose text is <paramref name="parts"/> one after the other, the same markup as their concatenation.</summary>
    public void Run(ReadOnlySpan<string> parts, bool breakBefore)
    {
        Start("r");
        Start("rPr");
        End();
        if (breakBefore)
        {
            Empty("br");
        }

        StartText();
        foreach (var part in parts)
        {
            xml.WriteString(part);
        }

        End();
        End();
    }

    public void StartTable() => Start("tbl");

    public void StartRow(bool isHeader)
    {
        Start("tr");
        if (isHeader)
        {
            Start("trPr");
            Empty("tblHeader");
            Empty("cantSplit");
            End();
        }
    }

    /// <summary>&lt;w:tc&gt; with its width and shading; the caller writes the cell's paragraph and ends it.</summary>
    public void StartCell(OpenXmlAttribute[] width, OpenXmlAttribute[]? fill)
    {
        Start("tc");
        Start("tcPr");
        Empty("tcW", width);
        if (fill is not null)
        {
            Empty("shd", fill);
        }

        End();
    }

    public void End() => xml.WriteEndElement();

    public void Element(OpenXmlElement element) => element.WriteTo(xml);

    /// <summary>&lt;w:t xml:space="preserve"&gt;: runs keep their leading and trailing spaces.</summary>
    private void StartText()
    {
        Start("t");
        xml.WriteAttributeString("xml", "space", XmlNamespace, "preserve");
    }

    private void Start(string localName, OpenXmlAttribute[]? attributes = null)
    {
        xml.WriteStartElement(Prefix, localName, W);
        if (attributes is not null)
        {
            foreach (var attribute in attributes)
            {
                xml.WriteAttributeString(attribute.Prefix, attribute.LocalName, attribute.NamespaceUri, attribute.Value);
            }
        }
    }

    private void Empty(string localName, OpenXmlAttribute[]? attributes = null)
    {
        Start(localName, attributes);
        End();
    }
}
