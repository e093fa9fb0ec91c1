using DocumentFormat.OpenXml;

namespace Collaboration.Reports.Tests.Fragments.Merging;

/// <summary>
/// Lists in an inserted file keep their own numbering: each list definition the import uses is copied under new ids
/// (abstract definitions before instances, as the schema orders them) and the imported paragraphs point at the copies.
/// </summary>
internal static class NumberingImport
{
    public static void Renumber(MainDocumentPart main, MainDocumentPart from, OpenXmlElement imported)
    {
        var references = imported.Descendants<NumberingId>().Where(n => n.Val is not null && n.Val.Value != 0).ToList();
        var sourceNumbering = from.NumberingDefinitionsPart?.Numbering;
        if (references.Count == 0 || sourceNumbering is null)
        {
            return;
        }

        var targetPart = main.NumberingDefinitionsPart ?? main.AddNewPart<NumberingDefinitionsPart>();
        var numbering = targetPart.Numbering ??= new Numbering();
        var nextAbstract = numbering.Elements<AbstractNum>().Select(a => a.AbstractNumberId!.Value).DefaultIfEmpty(-1).Max() + 1;
        var nextInstance = numbering.Elements<NumberingInstance>().Select(n => n.NumberID!.Value).DefaultIfEmpty(0).Max() + 1;
        var mapped = new Dictionary<int, int>();
        foreach (var reference in references)
        {
            if (!mapped.TryGetValue(reference.Val!.Value, out var id))
            {
                var instance = sourceNumbering.Elements<NumberingInstance>().First(n => n.NumberID!.Value == reference.Val.Value);
                var definition = sourceNumbering.Elements<AbstractNum>().First(a => a.AbstractNumberId!.Value == instance.AbstractNumId!.Val!.Value);
                var copy = (AbstractNum)definition.CloneNode(true);
                copy.AbstractNumberId = nextAbstract;
                var lastDefinition = numbering.Elements<AbstractNum>().LastOrDefault();
                if (lastDefinition is null)
                {
                    numbering.PrependChild(copy);
                }
                else
                {
                    lastDefinition.InsertAfterSelf(copy);
                }

                id = nextInstance++;
                numbering.Append(new NumberingInstance(new AbstractNumId { Val = nextAbstract++ }) { NumberID = id });
                mapped[reference.Val.Value] = id;
            }

            reference.Val = id;
        }
    }
}
