namespace Collaboration.Reports.Kinds.Needs;

/// <summary>A needs collection: its entries ranked by supporters, as a table (texts are too long for a chart).</summary>
internal sealed class NeedsRendering : IKindRendering
{
    private const int MaxSlideRows = 8;

    public Type ResultsType => typeof(NeedsResults);

    public string ExportName => "needs";

    public bool HasAnswers(ItemResults results) => ((NeedsResults)results).Ranking.Count > 0;

    public IReadOnlyList<(string Label, string Score)> Top(ItemReport item, ReportText text, int top) =>
        [.. ((NeedsResults)item.Results).Ranking.Take(top).Select(n => (n.Text, text.Count(n.Supporters)))];

    public void Slide(SlideCanvas canvas, ItemReport item, ReportText text, List<string> notes)
    {
        var needs = (NeedsResults)item.Results;
        long[] widths = [700000, 5800000, 1500000, 2100000, 1177600];
        var rows = new List<IReadOnlyList<TableCellSpec>>
        {
            new[] { text["Rank"], text["Entry"], text["Kind"], text["Topic"], text["Supporters"] }.Select(h => new TableCellSpec(h, Header: true)).ToList(),
        };
        var topics = canvas.Topics;
        rows.AddRange(needs.Ranking.Take(MaxSlideRows).Select(n => (IReadOnlyList<TableCellSpec>)
        [
            new(text.Count(n.Rank), Marked: n.Rank == 1),
            new(SafeText.Line(n.Text, 120)),
            new(text.Kind(n.Kind)),
            new(SafeText.Line(topics.TryGetValue(n.TopicKey, out var topic) ? text.Of(topic) : n.TopicKey, 40)),
            new(text.Count(n.Supporters)),
        ]));
        canvas.Table(Emu.Margin, ItemSlide.BodyTop, widths, rows, 470000, 12, text["NeedsByTopicTitle"]);
        if (needs.Ranking.Count > MaxSlideRows)
        {
            canvas.TextBox(Emu.Margin, 6300000, Emu.ContentWidth, 350000, [new TextRun(text.Format("NeedsMore", needs.Ranking.Count - MaxSlideRows), 12, Italic: true)]);
        }

        var kinds = string.Join(", ", Enum.GetValues<NeedKind>().Select(k => $"{text.Kind(k)} {needs.CountOf(k)}"));
        notes.Add(text.Format("NotesNeeds", needs.Ranking.Count, needs.Respondents, kinds));
        notes.AddRange(needs.Ranking.Take(3).Select(n => $"{n.Rank}. {SafeText.Line(n.Text, 200)} ({n.Supporters})" + (n.IsMerged ? " " + text.MergedFrom(n, 120) : string.Empty)));
    }

    public void Table(WordBody body, ItemReport item, SeriesReport report, ReportText text)
    {
        var topics = report.Topics.ToDictionary(t => t.Key, t => text.Of(t.Name), StringComparer.Ordinal);
        body.Table([1, 7, 2, 3, 2], [text["Rank"], text["Entry"], text["Kind"], text["Topic"], text["Supporters"]], Rows(((NeedsResults)item.Results).Ranking, topics, text));
    }

    // The table writes each row before it asks for the next, so one row serves them all: a report may rank 100,000 needs.
    private static IEnumerable<IReadOnlyList<(string Text, bool Marked)>> Rows(IReadOnlyList<RankedNeed> ranking, Dictionary<string, string> topics, ReportText text)
    {
        var row = new (string Text, bool Marked)[5];
        foreach (var n in ranking)
        {
            row[0] = ResultTables.Plain(text.Count(n.Rank));
            row[1] = (n.IsMerged ? $"{n.Text} ({text.MergedFrom(n, 200)})" : n.Text, n.Rank == 1);
            row[2] = ResultTables.Plain(text.Kind(n.Kind));
            row[3] = ResultTables.Plain(topics.TryGetValue(n.TopicKey, out var topic) ? topic : n.TopicKey);
            row[4] = ResultTables.Plain(text.Count(n.Supporters));
            yield return row;
        }
    }

    public KeyMessage? KeyMessage(IReadOnlyList<ForumReport> forums, ReportText text)
    {
        if (forums.SelectMany(f => f.Items).Select(i => i.Results).OfType<NeedsResults>().FirstOrDefault(r => r.Ranking.Count > 0) is not { } needs)
        {
            return null;
        }

        var top = needs.Ranking[0];
        return new KeyMessage(text.Format("KeyTopNeed", SafeText.Line(top.Text, Insights.KeyMessages.LabelLength), top.Supporters));
    }
}
