namespace Collaboration.Reports.Word;

/// <summary>
/// The report's styles: real heading styles (outline levels, so the table of contents and the navigation pane work),
/// title, TOC levels and a table grid, in the theme's fonts and colours, and the document language as default.
/// </summary>
internal static class WordStyles
{
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string TocHeading = "TOCHeading";
    public const string TableGrid = "TableGrid";
    public const string Caption = "Caption";
    public const string Quote = "Quote";

    public static string Heading(int level) => "Heading" + level;

    public static Styles Create(ReportTheme theme, string language)
    {
        var styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = theme.BodyFont, HighAnsi = theme.BodyFont, ComplexScript = theme.BodyFont, EastAsia = theme.BodyFont },
                new Color { Val = theme.Text },
                new FontSize { Val = "21" },
                new FontSizeComplexScript { Val = "21" },
                new Languages { Val = language, Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        styles.Append(Paragraph(Title, "Title", theme.HeadingFont, theme.Primary, 56, bold: true, before: 2400, after: 240));
        styles.Append(Paragraph(Subtitle, "Subtitle", theme.BodyFont, theme.Accent, 30, bold: false, before: 0, after: 480));
        styles.Append(Paragraph(TocHeading, "TOC Heading", theme.HeadingFont, theme.Primary, 32, bold: true, before: 240, after: 240));
        for (var level = 1; level <= 3; level++)
        {
            var heading = Paragraph(Heading(level), "heading " + level, theme.HeadingFont, level == 3 ? theme.Accent : theme.Primary,
                level switch { 1 => 32, 2 => 26, _ => 22 }, bold: true, before: level == 1 ? 480 : 240, after: 120, outline: level - 1);
            styles.Append(heading);
        }

        for (var level = 1; level <= 3; level++)
        {
            styles.Append(new Style(
                new StyleName { Val = "toc " + level },
                new BasedOn { Val = "Normal" },
                new NextParagraphStyle { Val = "Normal" },
                new UIPriority { Val = 39 },
                new StyleParagraphProperties(new SpacingBetweenLines { After = "60" }, new Indentation { Left = ((level - 1) * 240).ToString(System.Globalization.CultureInfo.InvariantCulture) }))
            { Type = StyleValues.Paragraph, StyleId = "TOC" + level });
        }

        styles.Append(Paragraph(Caption, "caption", theme.BodyFont, theme.Accent, 18, bold: false, before: 60, after: 240, italic: true));
        styles.Append(Paragraph(Quote, "Quote", theme.BodyFont, theme.Text, 21, bold: false, before: 60, after: 120, italic: true));
        styles.Append(new Style(
            new StyleName { Val = "Table Grid" },
            new BasedOn { Val = "TableNormal" },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleTableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" })))
        { Type = StyleValues.Table, StyleId = TableGrid });
        styles.Append(new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(),
            new StyleTableProperties(new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
        return styles;
    }

    private static Style Paragraph(string id, string name, string font, string color, int halfPoints, bool bold, int before, int after, int? outline = null, bool italic = false)
    {
        // Headings stay with the text they introduce; other paragraphs may break freely.
        var paragraph = new StyleParagraphProperties();
        if (outline is not null)
        {
            paragraph.Append(new KeepNext());
        }

        paragraph.Append(new SpacingBetweenLines
        {
            Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture),
            After = after.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        var run = new StyleRunProperties(new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font });
        if (bold)
        {
            run.Append(new Bold());
        }

        if (italic)
        {
            run.Append(new Italic());
        }

        run.Append(new Color { Val = color }, new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(), paragraph, run)
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };
    }
}
