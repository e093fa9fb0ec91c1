using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace Collaboration.Reports.Deck;

/// <summary>
/// The parts every deck needs before its first slide: presentation, one master with one blank layout, the theme
/// (the administration's colours and fonts become the DrawingML theme, so new slides added by hand match) and the
/// notes master that speaker notes hang from. Relationship ids are fixed so the package is the same every time.
/// </summary>
internal sealed class PresentationScaffold
{
    private readonly PresentationPart _presentation;
    private readonly List<P.SlideId> _slideIds = [];

    public PresentationScaffold(PresentationDocument document, ReportTheme theme)
    {
        _presentation = document.AddPresentationPart();
        var master = _presentation.AddNewPart<SlideMasterPart>("rId1");
        Layout = master.AddNewPart<SlideLayoutPart>("rId1");
        Layout.SlideLayout = new P.SlideLayout(new P.CommonSlideData(EmptyTree()) { Name = "Blank" }, new P.ColorMapOverride(new A.MasterColorMapping()))
        {
            Type = P.SlideLayoutValues.Blank,
        };
        Layout.AddPart(master, "rId1");
        var themePart = master.AddNewPart<ThemePart>("rId2");
        themePart.Theme = Theme(theme);
        master.SlideMaster = new P.SlideMaster(
            new P.CommonSlideData(
                new P.Background(new P.BackgroundProperties(new A.SolidFill(new A.RgbColorModelHex { Val = theme.Background }), new A.EffectList())),
                EmptyTree()),
            ColorMap(),
            new P.SlideLayoutIdList(new P.SlideLayoutId { Id = 2147483649U, RelationshipId = "rId1" }),
            new P.TextStyles(new P.TitleStyle(), new P.BodyStyle(), new P.OtherStyle()));

        NotesMaster = _presentation.AddNewPart<NotesMasterPart>("rId2");
        NotesMaster.AddNewPart<ThemePart>("rId1").Theme = Theme(theme);
        NotesMaster.NotesMaster = new P.NotesMaster(new P.CommonSlideData(EmptyTree()), ColorMap());
        _presentation.AddPart(themePart, "rId3");
    }

    public SlideLayoutPart Layout { get; }

    public NotesMasterPart NotesMaster { get; }

    public SlidePart AddSlide()
    {
        var number = _slideIds.Count + 1;
        var relationship = "rId" + (100 + number);
        var slide = _presentation.AddNewPart<SlidePart>(relationship);
        slide.AddPart(Layout, "rId1");
        _slideIds.Add(new P.SlideId { Id = (uint)(255 + number), RelationshipId = relationship });
        return slide;
    }

    /// <summary>Writes the presentation part last, when all slides are known.</summary>
    public void Complete()
    {
        _presentation.Presentation = new P.Presentation(
            new P.SlideMasterIdList(new P.SlideMasterId { Id = 2147483648U, RelationshipId = "rId1" }),
            new P.NotesMasterIdList(new P.NotesMasterId { Id = "rId2" }),
            new P.SlideIdList(_slideIds),
            new P.SlideSize { Cx = (int)Emu.SlideWidth, Cy = (int)Emu.SlideHeight },
            new P.NotesSize { Cx = 6858000, Cy = 9144000 });
    }

    private static P.ShapeTree EmptyTree() => new(
        new P.NonVisualGroupShapeProperties(
            new P.NonVisualDrawingProperties { Id = 1, Name = string.Empty },
            new P.NonVisualGroupShapeDrawingProperties(),
            new P.ApplicationNonVisualDrawingProperties()),
        new P.GroupShapeProperties(new A.TransformGroup()));

    private static P.ColorMap ColorMap() => new()
    {
        Background1 = A.ColorSchemeIndexValues.Light1,
        Text1 = A.ColorSchemeIndexValues.Dark1,
        Background2 = A.ColorSchemeIndexValues.Light2,
        Text2 = A.ColorSchemeIndexValues.Dark2,
        Accent1 = A.ColorSchemeIndexValues.Accent1,
        Accent2 = A.ColorSchemeIndexValues.Accent2,
        Accent3 = A.ColorSchemeIndexValues.Accent3,
        Accent4 = A.ColorSchemeIndexValues.Accent4,
        Accent5 = A.ColorSchemeIndexValues.Accent5,
        Accent6 = A.ColorSchemeIndexValues.Accent6,
        Hyperlink = A.ColorSchemeIndexValues.Hyperlink,
        FollowedHyperlink = A.ColorSchemeIndexValues.FollowedHyperlink,
    };

    private static A.RgbColorModelHex Rgb(string hex) => new() { Val = hex };

    private static A.Theme Theme(ReportTheme theme)
    {
        var colors = new A.ColorScheme(
            new A.Dark1Color(Rgb(theme.Text)),
            new A.Light1Color(Rgb(theme.Background)),
            new A.Dark2Color(Rgb(theme.Primary)),
            new A.Light2Color(Rgb("F2F2F2")),
            new A.Accent1Color(Rgb(theme.ChartColor(0))),
            new A.Accent2Color(Rgb(theme.ChartColor(1))),
            new A.Accent3Color(Rgb(theme.ChartColor(2))),
            new A.Accent4Color(Rgb(theme.ChartColor(3))),
            new A.Accent5Color(Rgb(theme.ChartColor(4))),
            new A.Accent6Color(Rgb(theme.ChartColor(5))),
            new A.Hyperlink(Rgb(theme.Primary)),
            new A.FollowedHyperlinkColor(Rgb(theme.Accent)))
        { Name = "Forum" };
        var fonts = new A.FontScheme(
            new A.MajorFont(new A.LatinFont { Typeface = theme.HeadingFont }, new A.EastAsianFont { Typeface = string.Empty }, new A.ComplexScriptFont { Typeface = string.Empty }),
            new A.MinorFont(new A.LatinFont { Typeface = theme.BodyFont }, new A.EastAsianFont { Typeface = string.Empty }, new A.ComplexScriptFont { Typeface = string.Empty }))
        { Name = "Forum" };
        var format = new A.FormatScheme(
            new A.FillStyleList(PlaceholderFill(), PlaceholderFill(), PlaceholderFill()),
            new A.LineStyleList(PlaceholderLine(6350), PlaceholderLine(12700), PlaceholderLine(19050)),
            new A.EffectStyleList(new A.EffectStyle(new A.EffectList()), new A.EffectStyle(new A.EffectList()), new A.EffectStyle(new A.EffectList())),
            new A.BackgroundFillStyleList(PlaceholderFill(), PlaceholderFill(), PlaceholderFill()))
        { Name = "Forum" };
        var result = new A.Theme(new A.ThemeElements(colors, fonts, format), new A.ObjectDefaults(), new A.ExtraColorSchemeList()) { Name = "Forum" };
        result.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        return result;
    }

    private static A.SolidFill PlaceholderFill() => new(new A.SchemeColor { Val = A.SchemeColorValues.PhColor });

    private static A.Outline PlaceholderLine(int width) => new(PlaceholderFill()) { Width = width };
}
