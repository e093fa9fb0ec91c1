namespace Collaboration.Reports.Deck;

/// <summary>
/// Writes the executive deck (16:9 PowerPoint): title, management summary, participation, one section per forum with
/// a slide per item (native charts with embedded data, tables with the winning cell marked, quotes), the carry-over
/// flow and the implementation path, each content slide with speaker notes. Equal input gives byte-identical output.
/// </summary>
public static class DeckWriter
{
    public static void Write(SeriesReport report, Stream output, DeckOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);

        var text = new ReportText(options.Language);
        var bytes = DeckPackage.Build(report, text, options.Theme, deck =>
        {
            deck.Slide(c => OverviewSlides.Title(c, report, text));
            deck.Slide(c => OverviewSlides.Summary(c, report, text));
            deck.Slide(c => OverviewSlides.Participation(c, report, text));
            foreach (var forum in report.Forums)
            {
                deck.Slide(c => OverviewSlides.ForumSection(c, forum, text));
                foreach (var item in forum.Items)
                {
                    deck.Slide(c => ItemSlide.Draw(c, forum, item, text));
                }
            }

            deck.Slide(c => FlowSlides.CarryOver(c, report, text));
            deck.Slide(c => FlowSlides.Path(c, report, text));
        });
        output.Write(bytes, 0, bytes.Length);
    }
}
