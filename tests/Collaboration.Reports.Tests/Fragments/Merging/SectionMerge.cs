using DocumentFormat.OpenXml;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Collaboration.Reports.Tests.Fragments.Merging;

/// <summary>
/// What Word does for the add-in, with the Open XML SDK: <c>insertFileFromBase64</c> at a paragraph (the body's
/// elements imported with their charts and pictures, styles the target lacks added while its own win, numbering
/// renumbered, drawing and control ids kept unique), and Refresh as the add-in runs it on each outdated control: the
/// fresh control inserted before the old one (<c>range.insertFileFromBase64(..., "Before")</c> on the control's whole
/// range), then the old control deleted with its content, and the parts only it used dropped.
/// </summary>
internal static class SectionMerge
{
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Inserts the fragment's body before the body element at <paramref name="index"/>.</summary>
    public static void Insert(WordprocessingDocument target, byte[] fragment, int index)
    {
        using var source = WordprocessingDocument.Open(new MemoryStream(fragment), false);
        var anchor = target.MainDocumentPart!.Document!.Body!.ChildElements[index];
        foreach (var element in source.MainDocumentPart!.Document!.Body!.ChildElements.Where(e => e is not SectionProperties))
        {
            anchor.InsertBeforeSelf(Import(target, source, element));
        }
    }

    /// <summary>Replaces every tagged control whose numbers differ from the fragment's control for the same item; returns how many.</summary>
    public static int Refresh(WordprocessingDocument target, byte[] fragment)
    {
        using var source = WordprocessingDocument.Open(new MemoryStream(fragment), false);
        var fresh = source.MainDocumentPart!.Document!.Body!.Elements<SdtBlock>().ToDictionary(b => SourceOf(b)!.ItemId);
        var main = target.MainDocumentPart!;
        var replaced = 0;
        foreach (var block in main.Document!.Body!.Descendants<SdtBlock>().ToList())
        {
            if (SourceOf(block) is not { } placed || !fresh.TryGetValue(placed.ItemId, out var update) || SourceOf(update)!.Hash == placed.Hash)
            {
                continue;
            }

            var before = References(block).ToList();
            block.InsertBeforeSelf(Import(target, source, update));
            block.Remove();
            var stillUsed = References(main.Document).ToHashSet(StringComparer.Ordinal);
            foreach (var id in before.Where(id => !stillUsed.Contains(id)).Distinct(StringComparer.Ordinal))
            {
                main.DeletePart(id);
            }

            replaced++;
        }

        return replaced;
    }

    public static FragmentSource? SourceOf(SdtBlock block) => FragmentSource.FromContentControlTag(block.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value);

    private static IEnumerable<string> References(OpenXmlElement root) =>
        root.Descendants().Prepend(root).SelectMany(e => e.GetAttributes()).Where(a => a.NamespaceUri == RelationshipNamespace && a.Value is not null).Select(a => a.Value!);

    private static OpenXmlElement Import(WordprocessingDocument target, WordprocessingDocument source, OpenXmlElement element)
    {
        var clone = element.CloneNode(true);
        var main = target.MainDocumentPart!;
        var from = source.MainDocumentPart!;
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in clone.Descendants().Prepend(clone).ToList())
        {
            foreach (var attribute in node.GetAttributes().Where(a => a.NamespaceUri == RelationshipNamespace && a.Value is not null))
            {
                if (!ids.TryGetValue(attribute.Value!, out var id))
                {
                    var link = from.HyperlinkRelationships.FirstOrDefault(h => h.Id == attribute.Value);
                    id = link is not null
                        ? main.AddHyperlinkRelationship(link.Uri, link.IsExternal).Id
                        : main.GetIdOfPart(main.AddPart(from.GetPartById(attribute.Value!)));
                    ids[attribute.Value!] = id;
                }

                node.SetAttribute(new OpenXmlAttribute(attribute.Prefix, attribute.LocalName, attribute.NamespaceUri, id));
            }
        }

        StyleImport.Missing(main, from, clone);
        NumberingImport.Renumber(main, from, clone);
        UniqueIds(main, clone);
        return clone;
    }

    /// <summary>Drawing ids and control ids must be unique in the document; imported ones that clash get the next free number.</summary>
    private static void UniqueIds(MainDocumentPart main, OpenXmlElement clone)
    {
        var drawings = main.Document!.Descendants<DW.DocProperties>().Select(d => d.Id!.Value).DefaultIfEmpty(0U).Max();
        foreach (var drawing in clone.Descendants<DW.DocProperties>())
        {
            drawing.Id = ++drawings;
        }

        var controls = main.Document.Descendants<SdtId>().Select(s => s.Val!.Value).ToHashSet();
        foreach (var control in clone.Descendants<SdtId>())
        {
            while (!controls.Add(control.Val!.Value))
            {
                control.Val = control.Val.Value + 1;
            }
        }
    }
}
