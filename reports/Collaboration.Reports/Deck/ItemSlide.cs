using Collaboration.Forums.Items;
using Collaboration.Forums.Results;
using Collaboration.Reports.Charts;
using Collaboration.Reports.Insights;
using Collaboration.Reports.Model;
using Collaboration.Reports.Text;

namespace Collaboration.Reports.Deck;

/// <summary>One slide per item: the chart or table that fits its kind, the leading entries beside it, and talking points.</summary>
internal static class ItemSlide
{
    private const long BodyTop = 1900000;
    private const long BodyHeight = 4500000;
    private const int MaxNeedRows = 8;

    // Nine rows of two-line labels fill the slide; more would push the table past its bottom edge.
    private const int MaxMatrixRows = 9;
    private const int MaxQuotes = 3;
    private const int QuoteLength = 280;

    public static IReadOnlyList<string> Draw(SlideCanvas canvas, ForumReport forum, ItemReport item, ReportText text)
    {
        var prompt = SafeText.Line(text.Of(item.Prompt), 150);
        canvas.Title(prompt, prompt.Length > 80 ? 22 : 26);
        canvas.TextBox(Emu.Margin, 1360000, Emu.ContentWidth, 420000,
            [new TextRun($"{text.Format("ForumHeading", forum.Number, SafeText.Line(text.Of(forum.Title), 80))} · {RespondentsLine(item, text)}", 14, Color: canvas.Theme.Accent)]);

        if (item.Results.WithheldBelow is { } threshold)
        {
            EmptyMarker(canvas, text.Format("Withheld", threshold));
            return [prompt, text.Format("Withheld", threshold)];
        }

        var notes = new List<string> { prompt, text.Format("NotesRespondents", item.Results.Respondents) };
        if (!TopEntries.HasAnswers(item.Results))
        {
            EmptyMarker(canvas, text["NoAnswers"]);
            notes.Add(text["NotesNoAnswers"]);
            return notes;
        }

        switch (item.Results)
        {
            case NeedsResults needs:
                Needs(canvas, needs, text, notes);
                break;
            case MatrixChoiceResults matrix:
                Matrix(canvas, matrix, text, notes);
                break;
            case MatrixRatingResults rating:
                MatrixRating(canvas, rating, text, notes);
                break;
            case TextResults texts:
                Quotes(canvas, item.Anonymous, texts, text, notes);
                break;
            default:
                ChartWithHighlights(canvas, item, text, notes);
                break;
        }

        return notes;
    }

    /// <summary>"n respondents", or for an item withheld below the threshold that there are too few to show (not how many).</summary>
    public static string RespondentsLine(ItemReport item, ReportText text) => item.Results.WithheldBelow is { } threshold
        ? text.Format("FewerThan", threshold)
        : text.Format("Respondents", item.Results.Respondents);

    public static void EmptyMarker(SlideCanvas canvas, string message) =>
        canvas.TextBox(Emu.Margin + 1500000, 2800000, Emu.ContentWidth - 3000000, 1400000, [new TextRun(message, 22, true, "7F6000")],
            fill: "FFF2CC", center: true);

    private static void ChartWithHighlights(SlideCanvas canvas, ItemReport item, ReportText text, List<string> notes)
    {
        var spec = ResultCharts.For(item, text);
        if (spec is null)
        {
            return;
        }

        canvas.Chart(Emu.Margin, BodyTop, 7600000, BodyHeight, spec, text.Format("ChartAlt", SafeText.Line(text.Of(item.Prompt), 200)));
        var side = new List<TextRun>();
        if (item.Results is RatingResults { Mean: { } mean } && item.Spec is RatingScaleSpec scale)
        {
            side.Add(new TextRun(text.Number(mean), 40, true, canvas.Theme.Primary));
            side.Add(new TextRun(text.Format("Mean", text.Number(mean), scale.Max), 16));
            notes.Add(text.Format("NotesMean", text.Number(mean), scale.Min, scale.Max));
        }
        else
        {
            var top = TopEntries.Of(item, text, 3);
            foreach (var (label, score) in top)
            {
                side.Add(new TextRun(score, 28, true, canvas.Theme.Primary));
                side.Add(new TextRun(SafeText.Line(label, 70), 14));
            }

            if (top.Count > 0)
            {
                notes.Add(text.Format("NotesLeader", SafeText.Line(top[0].Label, 120), top[0].Score));
            }

            if (top.Count > 1)
            {
                notes.Add(text.Format("NotesSecond", SafeText.Line(top[1].Label, 120), top[1].Score));
            }
        }

        canvas.TextBox(8300000, BodyTop, Emu.SlideWidth - 8300000 - Emu.Margin, BodyHeight, side);
    }

    private static void Needs(SlideCanvas canvas, NeedsResults needs, ReportText text, List<string> notes)
    {
        long[] widths = [700000, 5800000, 1500000, 2100000, 1177600];
        var rows = new List<IReadOnlyList<TableCellSpec>>
        {
            new[] { text["Rank"], text["Entry"], text["Kind"], text["Topic"], text["Supporters"] }.Select(h => new TableCellSpec(h, Header: true)).ToList(),
        };
        var topics = canvas.Topics;
        rows.AddRange(needs.Ranking.Take(MaxNeedRows).Select(n => (IReadOnlyList<TableCellSpec>)
        [
            new(text.Count(n.Rank), Marked: n.Rank == 1),
            new(SafeText.Line(n.Text, 120)),
            new(text.Kind(n.Kind)),
            new(SafeText.Line(topics.TryGetValue(n.TopicKey, out var topic) ? text.Of(topic) : n.TopicKey, 40)),
            new(text.Count(n.Supporters)),
        ]));
        canvas.Table(Emu.Margin, BodyTop, widths, rows, 470000, 12, text["NeedsByTopicTitle"]);
        if (needs.Ranking.Count > MaxNeedRows)
        {
            canvas.TextBox(Emu.Margin, 6300000, Emu.ContentWidth, 350000, [new TextRun(text.Format("NeedsMore", needs.Ranking.Count - MaxNeedRows), 12, Italic: true)]);
        }

        var kinds = string.Join(", ", Enum.GetValues<NeedKind>().Select(k => $"{text.Kind(k)} {needs.CountOf(k)}"));
        notes.Add(text.Format("NotesNeeds", needs.Ranking.Count, needs.Respondents, kinds));
        notes.AddRange(needs.Ranking.Take(3).Select(n => $"{n.Rank}. {SafeText.Line(n.Text, 200)} ({n.Supporters})" + (n.IsMerged ? " " + text.MergedFrom(n, 120) : string.Empty)));
    }

    private static void Matrix(SlideCanvas canvas, MatrixChoiceResults matrix, ReportText text, List<string> notes)
    {
        var columns = matrix.Rows.Count == 0 ? [] : matrix.Rows[0].Columns.Select(c => c.Choice).ToList();
        var rows = new List<IReadOnlyList<TableCellSpec>>
        {
            new[] { string.Empty }.Concat(columns.Select(c => SafeText.Line(text.Of(c.Label), 40))).Select(h => new TableCellSpec(h, Header: true)).ToList(),
        };
        foreach (var row in matrix.Rows.Take(MaxMatrixRows))
        {
            var cells = new List<TableCellSpec> { new(SafeText.Line(text.Of(row.Row.Label), 50), Header: false) };
            cells.AddRange(row.Columns.Select(c => new TableCellSpec(text.Count(c.Count), Marked: row.Leader?.Key == c.Choice.Key)));
            rows.Add(cells);
            notes.Add(text.Format("NotesMatrixRow", SafeText.Line(text.Of(row.Row.Label), 80), row.Leader is null ? "–" : SafeText.Line(text.Of(row.Leader.Label), 80)));
        }

        DrawMatrix(canvas, rows, columns.Count, Legend(text["MatrixLegend"], matrix.Rows.Count, text));
    }

    private static void MatrixRating(SlideCanvas canvas, MatrixRatingResults matrix, ReportText text, List<string> notes)
    {
        var best = matrix.Columns.Select((c, i) => matrix.Rows.Select(r => r.Cells[i].Mean).Max()).ToList();
        var rows = new List<IReadOnlyList<TableCellSpec>>
        {
            new[] { string.Empty }.Concat(matrix.Columns.Select(c => SafeText.Line(text.Of(c.Label), 40))).Append(text["Overall"])
                .Select(h => new TableCellSpec(h, Header: true)).ToList(),
        };
        foreach (var row in matrix.Rows.Take(MaxMatrixRows))
        {
            var cells = new List<TableCellSpec> { new(SafeText.Line($"{row.Rank}. {text.Of(row.Row.Label)}", 50)) };
            cells.AddRange(row.Cells.Select((c, i) => new TableCellSpec(c.Mean is { } m ? text.Number(m) : "–", Marked: c.Mean is not null && c.Mean == best[i])));
            cells.Add(new TableCellSpec(row.Mean is { } mean ? text.Number(mean) : "–", Marked: row.Rank == 1 && row.Mean is not null));
            rows.Add(cells);
            notes.Add(text.Format("NotesMatrixRow", SafeText.Line(text.Of(row.Row.Label), 80), row.Mean is { } m2 ? text.Number(m2) : "–"));
        }

        DrawMatrix(canvas, rows, matrix.Columns.Count + 1, Legend(text["MatrixRatingLegend"], matrix.Rows.Count, text));
    }

    private static string Legend(string legend, int rows, ReportText text) =>
        rows > MaxMatrixRows ? $"{legend} {text.Format("NeedsMore", rows - MaxMatrixRows)}" : legend;

    private static void DrawMatrix(SlideCanvas canvas, List<IReadOnlyList<TableCellSpec>> rows, int valueColumns, string legend)
    {
        const long labelWidth = 2300000;
        var columnWidth = (Emu.ContentWidth - labelWidth) / Math.Max(1, valueColumns);
        var widths = new List<long> { labelWidth };
        widths.AddRange(Enumerable.Repeat(columnWidth, valueColumns));
        var rowHeight = Math.Min(560000, (BodyHeight - 500000) / Math.Max(1, rows.Count));
        canvas.Table(Emu.Margin, BodyTop, widths, rows, rowHeight, 12, legend, headerSize: 10);
        canvas.TextBox(Emu.Margin, 6300000, Emu.ContentWidth, 350000, [new TextRun(legend, 12, Italic: true)]);
    }

    private static void Quotes(SlideCanvas canvas, bool anonymous, TextResults texts, ReportText text, List<string> notes)
    {
        // The first answers of some substance, in the order given: a fixed rule, so the deck never picks favourites.
        var quotes = texts.Answers.Where(a => SafeText.Line(a, 1000).Length >= 15).Concat(texts.Answers).Distinct(StringComparer.Ordinal).Take(MaxQuotes).ToList();
        var y = BodyTop;
        canvas.TextBox(Emu.Margin, y - 100000, Emu.ContentWidth, 400000, [new TextRun(text[anonymous ? "QuotesIntroAnonymous" : "QuotesIntro"], 14, Italic: true)]);
        y += 350000;
        foreach (var quote in quotes)
        {
            // About 110 characters fit on one line at 16 pt across the slide; the box grows with the (cut) quote.
            var line = SafeText.Line(quote, QuoteLength);
            var height = 250000 + (((line.Length / 105) + 1) * 300000);
            canvas.TextBox(Emu.Margin, y, Emu.ContentWidth, height, [new TextRun($"„{line}“", 16, Italic: true)], fill: "F2F2F2", center: true);
            y += height + 150000;
        }

        notes.Add(text.Format("NotesQuotes", texts.Answers.Count, MaxQuotes));
    }
}
