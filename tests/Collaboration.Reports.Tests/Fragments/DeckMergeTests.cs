using Collaboration.Reports.Tests.Deck;
using P = DocumentFormat.OpenXml.Presentation;

namespace Collaboration.Reports.Tests.Fragments;

/// <summary>
/// The PowerPoint side end to end on files: the executive deck with a slide of the staff's own, the forum's fragment
/// inserted in the middle, then a late answer and a refresh that replaces exactly the one outdated slide.
/// </summary>
public sealed class DeckMergeTests(SeriesFixture series) : IClassFixture<SeriesFixture>
{
    private const int HandMadePosition = 2;
    private const int InsertPosition = 4;

    [Fact]
    public void Inserted_slides_use_the_decks_layouts_and_keep_charts_notes_and_tags()
    {
        var forum = series.Report.Forums[0];
        var deck = DeckWithInsertedFragment(series.Report, forum.Number);

        using var document = PresentationDocument.Open(new MemoryStream(deck), false);
        OfficeValidation.AssertValid(document);
        var slides = SlideMerge.Slides(document).ToList();
        var inserted = slides.Skip(InsertPosition).Take(forum.Items.Count).ToList();
        Assert.Equal(forum.Items.Select(i => i.Results.ItemId), inserted.Select(s => SlideMerge.SourceOf(s)!.ItemId));
        Assert.Contains(HandMade.SlideText, slides[HandMadePosition].Slide!.InnerText, StringComparison.Ordinal);

        // One master and its layout: the fragment's own master did not come along (destination theme).
        var master = Assert.Single(document.PresentationPart!.SlideMasterParts);
        Assert.All(inserted, s => Assert.Same(master.SlideLayoutParts.Single(), s.SlideLayoutPart));
        Assert.All(inserted, s => Assert.Same(document.PresentationPart.NotesMasterPart, s.NotesSlidePart!.NotesMasterPart));
        Assert.All(inserted, s => Assert.Same(s, s.NotesSlidePart!.SlidePart));
        Assert.All(inserted.SelectMany(s => s.ChartParts), c => Assert.Single(c.Parts.Select(p => p.OpenXmlPart).OfType<EmbeddedPackagePart>()));
        Assert.NotEmpty(inserted.SelectMany(s => s.ChartParts));
    }

    [Fact]
    public void A_refresh_after_a_late_answer_replaces_only_the_outdated_tagged_slide()
    {
        var forum = series.Report.Forums[0];
        var deck = DeckWithInsertedFragment(series.Report, forum.Number);
        var (later, changed) = ChangedNumbers.OneMoreAnswer(series.Report, forum.Number);
        var before = Snapshot(deck);

        using var stream = new MemoryStream();
        stream.Write(deck);
        using (var document = PresentationDocument.Open(stream, true))
        {
            var outdated = SlideMerge.Slides(document).Select(SlideMerge.SourceOf).OfType<FragmentSource>()
                .Where(s => FragmentBuilder.Check(later, s) == FragmentState.Outdated).ToList();
            Assert.Equal([changed.Results.ItemId], outdated.Select(s => s.ItemId));

            // As the add-in does it: a fragment of just the outdated items, by the ids their tags carry.
            var fragment = FragmentBuilder.BuildSlides(later, FragmentSelection.OfItemIds([.. outdated.Select(s => s.ItemId)]), Language.De).Document!;
            Assert.Equal(1, SlideMerge.Refresh(document, fragment));
        }

        var after = Snapshot(stream.ToArray());
        var replaced = before.Single(s => s.Source?.ItemId == changed.Results.ItemId);
        Assert.Equal(before.Count, after.Count);
        for (var i = 0; i < before.Count; i++)
        {
            if (before[i] == replaced)
            {
                Assert.NotEqual(replaced.Id, after[i].Id);
                Assert.Equal(changed.Results.ItemId, after[i].Source!.ItemId);
                Assert.Equal(FragmentState.Current, FragmentBuilder.Check(later, after[i].Source!));
                Assert.NotEqual(replaced.Charts, after[i].Charts);
            }
            else
            {
                Assert.Equal(before[i], after[i]);
            }
        }

        using var refreshed = PresentationDocument.Open(new MemoryStream(stream.ToArray()), false);
        OfficeValidation.AssertValid(refreshed);
        Assert.Equal(before.Count, refreshed.PresentationPart!.SlideParts.Count());
        var pdf = LibreOffice.ConvertToPdf(stream.ToArray(), "pptx", ArtifactDump.Folder("fragment-deck-refreshed"));
        Assert.Equal(before.Count, LibreOffice.PageCount(pdf));
    }

    private static byte[] DeckWithInsertedFragment(Model.SeriesReport report, int forum)
    {
        using var stream = new MemoryStream();
        stream.Write(DeckWriterTests.Write(report));
        using (var document = PresentationDocument.Open(stream, true))
        {
            HandMade.AddSlide(document, HandMadePosition);
            SlideMerge.Insert(document, FragmentBuilder.BuildSlides(report, FragmentSelection.OfForum(forum), Language.De).Document!, InsertPosition);
        }

        return stream.ToArray();
    }

    /// <summary>Every slide in order with its id and the XML of the slide, its notes, tags and charts.</summary>
    private static List<SlideXml> Snapshot(byte[] deck)
    {
        using var document = PresentationDocument.Open(new MemoryStream(deck), false);
        var presentation = document.PresentationPart!;
        return [.. presentation.Presentation!.SlideIdList!.Elements<P.SlideId>().Select(entry =>
        {
            var slide = (SlidePart)presentation.GetPartById(entry.RelationshipId!);
            return new SlideXml(entry.Id!.Value, slide.Slide!.OuterXml, slide.NotesSlidePart?.NotesSlide?.OuterXml,
                string.Join("\n", slide.ChartParts.Select(c => c.ChartSpace!.OuterXml)), SlideMerge.SourceOf(slide));
        })];
    }

    private sealed record SlideXml(uint Id, string Slide, string? Notes, string Charts, FragmentSource? Source);
}
