using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Collaboration.Reports.Model;
using Collaboration.Reports.Packaging;
using Collaboration.Reports.Text;
using Collaboration.Reports.Theming;
using Collaboration.Reports.Word;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

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
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = WordStyles.Create(theme, text.Tag);

            // The report's writer fills a scratch body item by item; each item's paragraphs then move into its control.
            var scratch = new Body();
            var writer = new WordBody(main, scratch, theme, text.Tag);
            var body = new Body();
            foreach (var (forum, item, source) in selected.Items)
            {
                ReportSections.Item(writer, report, item, text);
                writer.Text(text.Format("FragmentMethod", text.Format("AsOf", text.Date(report.AsOf)), report.MinGroupSize), italic: true, style: WordStyles.Caption);
                var content = new SdtContentBlock();
                foreach (var element in scratch.ChildElements.ToList())
                {
                    element.Remove();
                    content.Append(element);
                }

                var tag = source.ContentControlTag();
                var title = text.Format("FragmentTitle", forum.Number, SafeText.Line(text.Of(item.Prompt), 60));
                body.Append(new SdtBlock(new SdtProperties(new SdtAlias { Val = title }, new Tag { Val = tag }, new SdtId { Val = IdOf(tag) }), content));
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Right = 1134, Bottom = 1134, Left = 1134, Header = 567, Footer = 567, Gutter = 0 }));
            main.Document = new Document(body);
            CoreProperties.Write(document.AddCoreFilePropertiesPart(), SafeText.Line(text.Of(report.Title), 250), text.Tag, report.AsOf);
        }

        return DeterministicZip.Normalise(buffer.ToArray());
    }

    /// <summary>A content control id derived from its tag, so equal input gives equal bytes (Word renumbers clashes on insert).</summary>
    private static int IdOf(string tag) => BinaryPrimitives.ReadInt32LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(tag)));
}
