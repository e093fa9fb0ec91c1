using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Collaboration.Reports.Fragments;

/// <summary>
/// The Word fragment: per item the report's own section (heading, who answered, chart, full table) and a line of
/// method, wrapped in one block content control whose tag carries the source and whose title names the item. The
/// report's styles travel along, so the headings land as headings in a document that lacks them.
/// </summary>
internal static class SectionFragment
{
    public static byte[] Write(SeriesReport report, SelectedItems selected, ReportText text, ReportTheme theme)
    {
        using var document = new StreamedWordDocument();
        var main = document.Main;
        main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = WordStyles.Create(theme, text.Tag);

        // The report's own writer writes each item's section inside its control.
        var xml = document.Xml;
        xml.StartDocument();
        var writer = new WordBody(main, xml, theme, text.Tag);
        foreach (var (forum, item, source) in selected.Items)
        {
            var tag = source.ContentControlTag();
            var title = text.Format("FragmentTitle", forum.Number, SafeText.Line(text.Of(item.Prompt), 60));
            xml.Start(new SdtBlock());
            xml.Element(new SdtProperties(new SdtAlias { Val = title }, new Tag { Val = tag }, new SdtId { Val = IdOf(tag) }));
            xml.Start(new SdtContentBlock());
            ReportSections.Item(writer, report, item, text);
            writer.Text(text.Format("FragmentMethod", text.Format("AsOf", text.Date(report.AsOf)), report.MinGroupSize), italic: true, style: WordStyles.Caption);
            xml.End();
            xml.End();
        }

        xml.Element(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Right = 1134, Bottom = 1134, Left = 1134, Header = 567, Footer = 567, Gutter = 0 }));
        xml.End();
        xml.End();
        CoreProperties.Write(document.Package.AddCoreFilePropertiesPart(), SafeText.Line(text.Of(report.Title), 250), text.Tag, report.AsOf);
        return document.Finish();
    }

    /// <summary>A content control id derived from its tag, so equal input gives equal bytes (Word renumbers clashes on insert).</summary>
    private static int IdOf(string tag) => BinaryPrimitives.ReadInt32LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(tag)));
}
