using P = DocumentFormat.OpenXml.Presentation;

namespace Collaboration.Reports.Tests.Fragments.Merging;

/// <summary>
/// What PowerPoint does for the add-in, with the Open XML SDK: <c>insertSlidesFromBase64</c> with the destination's
/// theme (each slide's layout mapped to the target's layout of the same name or type, charts with their embedded
/// workbooks, pictures, tags and notes copied), and Refresh as the add-in runs it: insert the fresh slide after the
/// tagged one, then delete the old one. Nothing else in the target is touched.
/// </summary>
internal static class SlideMerge
{
    /// <summary>Inserts the fragment's slides so that the first lands at <paramref name="position"/> (0-based); returns their slide ids.</summary>
    public static IReadOnlyList<uint> Insert(PresentationDocument target, byte[] fragment, int position)
    {
        using var source = PresentationDocument.Open(new MemoryStream(fragment), false);
        return [.. Slides(source).Select((slide, i) => CopySlide(target, slide, position + i))];
    }

    /// <summary>Replaces every tagged slide whose numbers differ from the fragment's slide for the same item; returns how many.</summary>
    public static int Refresh(PresentationDocument target, byte[] fragment)
    {
        using var source = PresentationDocument.Open(new MemoryStream(fragment), false);
        var fresh = Slides(source).ToDictionary(s => SourceOf(s)!.ItemId);
        var presentation = target.PresentationPart!;
        var replaced = 0;
        var entries = presentation.Presentation!.SlideIdList!.Elements<P.SlideId>().ToList();
        for (var index = 0; index < entries.Count; index++)
        {
            var old = (SlidePart)presentation.GetPartById(entries[index].RelationshipId!);
            if (SourceOf(old) is { } placed && fresh.TryGetValue(placed.ItemId, out var slide) && SourceOf(slide)!.Hash != placed.Hash)
            {
                CopySlide(target, slide, index + 1);
                entries[index].Remove();
                presentation.DeletePart(old);
                replaced++;
            }
        }

        return replaced;
    }

    /// <summary>The source a slide's tags name, or null for a slide that is not ours.</summary>
    public static FragmentSource? SourceOf(SlidePart slide)
    {
        var tags = slide.Slide!.CommonSlideData!.CustomerDataList?.Elements<P.CustomerDataTags>()
            .Select(t => (UserDefinedTagsPart)slide.GetPartById(t.Id!))
            .SelectMany(p => p.TagList!.Elements<P.Tag>())
            .Select(t => new KeyValuePair<string, string>(t.Name!, t.Val!));
        return tags is null ? null : FragmentSource.FromSlideTags(tags);
    }

    public static IEnumerable<SlidePart> Slides(PresentationDocument document)
    {
        var presentation = document.PresentationPart!;
        return presentation.Presentation!.SlideIdList!.Elements<P.SlideId>().Select(s => (SlidePart)presentation.GetPartById(s.RelationshipId!));
    }

    private static uint CopySlide(PresentationDocument target, SlidePart source, int position)
    {
        var presentation = target.PresentationPart!;
        var slide = presentation.AddNewPart<SlidePart>();
        using (var data = source.GetStream())
        {
            slide.FeedData(data);
        }

        foreach (var child in source.Parts)
        {
            switch (child.OpenXmlPart)
            {
                case SlideLayoutPart layout:
                    slide.AddPart(MatchingLayout(presentation, layout), child.RelationshipId);
                    break;
                case NotesSlidePart notes:
                    CopyNotes(presentation, slide, notes, child.RelationshipId);
                    break;
                default:
                    // A part of another package is copied with everything below it (a chart with its workbook).
                    slide.AddPart(child.OpenXmlPart, child.RelationshipId);
                    break;
            }
        }

        foreach (var link in source.HyperlinkRelationships)
        {
            slide.AddHyperlinkRelationship(link.Uri, link.IsExternal, link.Id);
        }

        var list = presentation.Presentation!.SlideIdList!;
        var id = Math.Max(255U, list.Elements<P.SlideId>().Select(s => s.Id!.Value).DefaultIfEmpty(255U).Max()) + 1;
        list.InsertAt(new P.SlideId { Id = id, RelationshipId = presentation.GetIdOfPart(slide) }, position);
        return id;
    }

    private static void CopyNotes(PresentationPart presentation, SlidePart slide, NotesSlidePart source, string relationshipId)
    {
        var notes = slide.AddNewPart<NotesSlidePart>(relationshipId);
        using (var data = source.GetStream())
        {
            notes.FeedData(data);
        }

        foreach (var child in source.Parts)
        {
            switch (child.OpenXmlPart)
            {
                case NotesMasterPart master:
                    notes.AddPart(presentation.NotesMasterPart ?? AdoptNotesMaster(presentation, master), child.RelationshipId);
                    break;
                case SlidePart:
                    notes.AddPart(slide, child.RelationshipId);
                    break;
                default:
                    notes.AddPart(child.OpenXmlPart, child.RelationshipId);
                    break;
            }
        }
    }

    /// <summary>A deck without a notes master gets the fragment's, as PowerPoint creates one when notes arrive.</summary>
    private static NotesMasterPart AdoptNotesMaster(PresentationPart presentation, NotesMasterPart master)
    {
        var adopted = presentation.AddPart(master);
        presentation.Presentation!.SlideMasterIdList!.InsertAfterSelf(new P.NotesMasterIdList(new P.NotesMasterId { Id = presentation.GetIdOfPart(adopted) }));
        return adopted;
    }

    /// <summary>The target's layout with the same name, else the same type, else the first one: the destination theme wins.</summary>
    private static SlideLayoutPart MatchingLayout(PresentationPart presentation, SlideLayoutPart source)
    {
        var layouts = presentation.SlideMasterParts.SelectMany(m => m.SlideLayoutParts).ToList();
        var name = source.SlideLayout!.CommonSlideData?.Name?.Value;
        var type = source.SlideLayout.Type?.Value;
        return layouts.FirstOrDefault(l => name is not null && l.SlideLayout!.CommonSlideData?.Name?.Value == name)
            ?? layouts.FirstOrDefault(l => type is not null && l.SlideLayout!.Type?.Value == type)
            ?? layouts[0];
    }
}
