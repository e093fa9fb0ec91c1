using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Collaboration.Reports.Charts;

/// <summary>
/// Writes a native DrawingML chart (bar, column or pie) into a chart part, with the cached values Office and
/// LibreOffice draw from and the embedded workbook that "Edit data" opens. Shared by the deck and the Word report.
/// </summary>
internal static class ChartPartWriter
{
    private const string WorkbookRelationshipId = "rId1";
    private const uint CategoryAxisId = 50010001;
    private const uint ValueAxisId = 50010002;

    public static void Write(ChartPart part, ChartSpec spec, ReportTheme theme, string languageTag)
    {
        // The .xlsx part type (not a bare content type) names the part *.xlsx, as Office itself does.
        var workbook = part.AddEmbeddedPackagePart(EmbeddedPackagePartType.Xlsx, WorkbookRelationshipId);
        using (var data = new MemoryStream(ChartWorkbook.Create(spec)))
        {
            workbook.FeedData(data);
        }

        var chart = new C.Chart(new C.AutoTitleDeleted { Val = true }, PlotArea(spec, theme, NumberFormat(spec, languageTag)));
        if (spec.Kind == ChartKind.Pie || spec.Series.Count > 1)
        {
            chart.Append(new C.Legend(
                new C.LegendPosition { Val = spec.Kind == ChartKind.Pie ? C.LegendPositionValues.Right : C.LegendPositionValues.Bottom },
                new C.Overlay { Val = false }));
        }

        chart.Append(new C.PlotVisibleOnly { Val = true }, new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });
        var space = new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.EditingLanguage { Val = languageTag },
            new C.RoundedCorners { Val = false },
            chart,
            TextProperties(theme, 1200),
            new C.ExternalData(new C.AutoUpdate { Val = false }) { Id = WorkbookRelationshipId });
        space.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        space.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        space.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        part.ChartSpace = space;
    }

    private static C.PlotArea PlotArea(ChartSpec spec, ReportTheme theme, string format)
    {
        if (spec.Kind == ChartKind.Pie)
        {
            var pie = new C.PieChart(new C.VaryColors { Val = true });
            pie.Append(PieSeries(spec, theme, format));
            pie.Append(new C.FirstSliceAngle { Val = 0 });
            return new C.PlotArea(new C.Layout(), pie);
        }

        var bar = new C.BarChart(
            new C.BarDirection { Val = spec.Kind == ChartKind.Bar ? C.BarDirectionValues.Bar : C.BarDirectionValues.Column },
            new C.BarGrouping { Val = spec.Stacked ? C.BarGroupingValues.Stacked : C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false });
        for (var s = 0; s < spec.Series.Count; s++)
        {
            bar.Append(BarSeries(spec, s, theme, format));
        }

        bar.Append(new C.GapWidth { Val = 60 });
        if (spec.Stacked)
        {
            // Without a full overlap the series of a stacked chart are drawn side by side again.
            bar.Append(new C.Overlap { Val = 100 });
        }

        bar.Append(new C.AxisId { Val = CategoryAxisId }, new C.AxisId { Val = ValueAxisId });
        return new C.PlotArea(new C.Layout(), bar, CategoryAxis(spec), ValueAxis(spec, format));
    }

    private static C.BarChartSeries BarSeries(ChartSpec spec, int s, ReportTheme theme, string format)
    {
        var labels = DataLabels(format, showValue: true, showPercent: false);
        if (spec.Stacked)
        {
            // Segments carry their count in white on their colour; an empty segment gets no "0" (the format's empty
            // zero section), which would otherwise pile up at the border of the next one.
            labels.GetFirstChild<C.NumberingFormat>()!.FormatCode = format + ";;";
            labels.InsertAfter(LabelText(theme), labels.GetFirstChild<C.NumberingFormat>());
        }

        return new C.BarChartSeries(
            new C.Index { Val = (uint)s },
            new C.Order { Val = (uint)s },
            SeriesText(spec, s),
            new C.ChartShapeProperties(Fill(theme.ChartColor(s))),
            new C.InvertIfNegative { Val = false },
            labels,
            Categories(spec),
            Values(spec, s, format));
    }

    private static C.PieChartSeries PieSeries(ChartSpec spec, ReportTheme theme, string format)
    {
        var series = new C.PieChartSeries(new C.Index { Val = 0 }, new C.Order { Val = 0 }, SeriesText(spec, 0));
        for (var i = 0; i < spec.Categories.Count; i++)
        {
            series.Append(new C.DataPoint(
                new C.Index { Val = (uint)i },
                new C.Bubble3D { Val = false },
                new C.ChartShapeProperties(Fill(theme.ChartColor(i)), new A.Outline(Fill(theme.Background)) { Width = 12700 })));
        }

        // Percentages sit on the coloured slices: white bold stays readable on every theme colour.
        var labels = DataLabels(format, showValue: false, showPercent: true);
        labels.InsertAfter(LabelText(theme), labels.GetFirstChild<C.NumberingFormat>());
        series.Append(labels, Categories(spec), Values(spec, 0, format));
        return series;
    }

    private static C.SeriesText SeriesText(ChartSpec spec, int s) => new(new C.StringReference(
        new C.Formula($"{ChartWorkbook.SheetName}!${ChartWorkbook.Column(s + 1)}$1"),
        new C.StringCache(new C.PointCount { Val = 1 }, new C.StringPoint(new C.NumericValue(spec.Series[s].Name)) { Index = 0 })));

    private static C.CategoryAxisData Categories(ChartSpec spec)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)spec.Categories.Count });
        for (var i = 0; i < spec.Categories.Count; i++)
        {
            cache.Append(new C.StringPoint(new C.NumericValue(spec.Categories[i])) { Index = (uint)i });
        }

        return new C.CategoryAxisData(new C.StringReference(new C.Formula($"{ChartWorkbook.SheetName}!$A$2:$A${spec.Categories.Count + 1}"), cache));
    }

    /// <summary>
    /// Counts get thousands separators, means keep their decimals. The locale prefix ([$-407] German, [$-809] English
    /// (UK)) makes every viewer group "9.994" in a German deck, whatever the viewer's own locale is.
    /// </summary>
    private static string NumberFormat(ChartSpec spec, string languageTag)
    {
        var locale = languageTag.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "[$-809]" : "[$-407]";
        return spec.Percent ? "0%"
            : spec.Series.All(s => s.Values.All(v => v == Math.Floor(v))) ? locale + "#,##0"
            : locale + "General";
    }

    private static C.Values Values(ChartSpec spec, int s, string format)
    {
        var cache = new C.NumberingCache(new C.FormatCode(format), new C.PointCount { Val = (uint)spec.Categories.Count });
        var values = spec.Series[s].Values;
        for (var i = 0; i < values.Count; i++)
        {
            cache.Append(new C.NumericPoint(new C.NumericValue(values[i].ToString("R", CultureInfo.InvariantCulture))) { Index = (uint)i });
        }

        var column = ChartWorkbook.Column(s + 1);
        return new C.Values(new C.NumberReference(new C.Formula($"{ChartWorkbook.SheetName}!${column}$2:${column}${values.Count + 1}"), cache));
    }

    private static C.DataLabels DataLabels(string format, bool showValue, bool showPercent)
    {
        var labels = new C.DataLabels(new C.NumberingFormat { FormatCode = showPercent ? "0%" : format, SourceLinked = false });

        labels.Append(
            new C.ShowLegendKey { Val = false },
            new C.ShowValue { Val = showValue },
            new C.ShowCategoryName { Val = false },
            new C.ShowSeriesName { Val = false },
            new C.ShowPercent { Val = showPercent },
            new C.ShowBubbleSize { Val = false });
        return labels;
    }

    private static C.CategoryAxis CategoryAxis(ChartSpec spec) => new(
        new C.AxisId { Val = CategoryAxisId },
        new C.Scaling(new C.Orientation { Val = spec.Kind == ChartKind.Bar ? C.OrientationValues.MaxMin : C.OrientationValues.MinMax }),
        new C.Delete { Val = false },
        new C.AxisPosition { Val = spec.Kind == ChartKind.Bar ? C.AxisPositionValues.Left : C.AxisPositionValues.Bottom },
        new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
        new C.MajorTickMark { Val = C.TickMarkValues.None },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
        new C.CrossingAxis { Val = ValueAxisId },
        new C.Crosses { Val = C.CrossesValues.AutoZero },
        new C.AutoLabeled { Val = true },
        new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
        new C.LabelOffset { Val = 100 },
        new C.NoMultiLevelLabels { Val = false });

    // The value axis is hidden: every bar carries its number, which executives read faster than a scale.
    private static C.ValueAxis ValueAxis(ChartSpec spec, string format) => new(
        new C.AxisId { Val = ValueAxisId },
        new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }, new C.MinAxisValue { Val = 0 }),
        new C.Delete { Val = true },
        new C.AxisPosition { Val = spec.Kind == ChartKind.Bar ? C.AxisPositionValues.Bottom : C.AxisPositionValues.Left },
        new C.NumberingFormat { FormatCode = format, SourceLinked = false },
        new C.MajorTickMark { Val = C.TickMarkValues.None },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
        new C.CrossingAxis { Val = CategoryAxisId },
        new C.Crosses { Val = C.CrossesValues.AutoZero },
        new C.CrossBetween { Val = C.CrossBetweenValues.Between });

    private static A.SolidFill Fill(string hex) => new(new A.RgbColorModelHex { Val = hex });

    private static C.TextProperties LabelText(ReportTheme theme) => new(
        new A.BodyProperties(),
        new A.ListStyle(),
        new A.Paragraph(
            new A.ParagraphProperties(new A.DefaultRunProperties(Fill(theme.Background), new A.LatinFont { Typeface = theme.BodyFont }) { FontSize = 1200, Bold = true }),
            new A.EndParagraphRunProperties()));

    private static C.TextProperties TextProperties(ReportTheme theme, int size) => new(
        new A.BodyProperties(),
        new A.ListStyle(),
        new A.Paragraph(
            new A.ParagraphProperties(new A.DefaultRunProperties(
                new A.SolidFill(new A.RgbColorModelHex { Val = theme.Text }),
                new A.LatinFont { Typeface = theme.BodyFont }) { FontSize = size }),
            new A.EndParagraphRunProperties()));
}
