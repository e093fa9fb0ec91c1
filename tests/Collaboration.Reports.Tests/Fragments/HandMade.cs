using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Collaboration.Reports.Tests.Fragments;

/// <summary>What staff add by hand to the generated documents before the add-in touches them.</summary>
internal static class HandMade
{
    public const string SlideText = "Unsere Einordnung für den Landrat";
    public const string ParagraphText = "Eigene Anmerkung der Geschäftsstelle: bitte vor der Sitzung prüfen.";

    /// <summary>A slide with one text box on the deck's first layout, inserted at <paramref name="position"/>.</summary>
    public static void AddSlide(PresentationDocument deck, int position)
    {
        var presentation = deck.PresentationPart!;
        var slide = presentation.AddNewPart<SlidePart>();
        slide.AddPart(presentation.SlideMasterParts.First().SlideLayoutParts.First());
        slide.Slide = new P.Slide(
            new P.CommonSlideData(new P.ShapeTree(
                new P.NonVisualGroupShapeProperties(new P.NonVisualDrawingProperties { Id = 1, Name = string.Empty }, new P.NonVisualGroupShapeDrawingProperties(), new P.ApplicationNonVisualDrawingProperties()),
                new P.GroupShapeProperties(new A.TransformGroup()),
                new P.Shape(
                    new P.NonVisualShapeProperties(new P.NonVisualDrawingProperties { Id = 2, Name = "Eigener Text" }, new P.NonVisualShapeDrawingProperties(), new P.ApplicationNonVisualDrawingProperties()),
                    new P.ShapeProperties(new A.Transform2D(new A.Offset { X = 600000, Y = 600000 }, new A.Extents { Cx = 8000000, Cy = 1200000 })),
                    new P.TextBody(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph(new A.Run(new A.RunProperties { Language = "de-DE" }, new A.Text(SlideText))))))),
            new P.ColorMapOverride(new A.MasterColorMapping()));
        var list = presentation.Presentation!.SlideIdList!;
        list.InsertAt(new P.SlideId { Id = list.Elements<P.SlideId>().Max(s => s.Id!.Value) + 1, RelationshipId = presentation.GetIdOfPart(slide) }, position);
    }

    public static W.Paragraph Paragraph() => new(new W.Run(new W.Text(ParagraphText)));
}
