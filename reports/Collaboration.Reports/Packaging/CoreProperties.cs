using System.Xml;

namespace Collaboration.Reports.Packaging;

/// <summary>
/// Writes docProps/core.xml as a part of its own. System.IO.Packaging's PackageProperties would store them under a
/// random name (…/core-properties/&lt;guid&gt;.psmdcp), which breaks byte-identical output.
/// </summary>
internal static class CoreProperties
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(CoreFilePropertiesPart part, string title, string language, DateTimeOffset timestamp)
    {
        using var stream = part.GetStream(FileMode.Create);
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        var time = timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        writer.WriteStartElement("cp", "coreProperties", Cp);
        writer.WriteAttributeString("xmlns", "dc", null, Dc);
        writer.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        writer.WriteAttributeString("xmlns", "xsi", null, Xsi);
        writer.WriteElementString("dc", "title", Dc, title);
        writer.WriteElementString("dc", "creator", Dc, "Collaboration.Reports");
        writer.WriteElementString("dc", "language", Dc, language);
        foreach (var name in new[] { "created", "modified" })
        {
            writer.WriteStartElement("dcterms", name, DcTerms);
            writer.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
            writer.WriteString(time);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }
}
