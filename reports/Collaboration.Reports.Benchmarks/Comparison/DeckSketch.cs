using System.Text.Json.Serialization;
using Collaboration.Forums.Text;
using Collaboration.Forums.Results;
using Collaboration.Reports.Charts;
using Collaboration.Reports.Kinds;
using Collaboration.Reports.Model;
using Collaboration.Reports.Text;

namespace Collaboration.Reports.Benchmarks.Comparison;

/// <summary>
/// What the deck shows, slide by slide (titles, charts with their values, tables, notes), in German: the input for
/// the pptxgenjs script, so both tools draw the same slides from the same report. Charts are the ones each kind's
/// rendering gives DeckWriter; tables for needs and matrices and quotes for open texts follow DeckWriter's choices.
/// </summary>
internal sealed record DeckSketch(string Title, IReadOnlyList<SlideSketch> Slides)
{
    private const int MaxNeedRows = 8;
    private const int MaxQuotes = 3;
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly ReportText Text = new(Language.De);

    public static DeckSketch From(SeriesReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var slides = new List<SlideSketch>
        {
            new(report.Title.De, [report.Goal?.De ?? string.Empty, "Stand: " + report.AsOf.ToString("d. MMMM yyyy", German)], "Titel", null, null),
            new("Management Summary", [.. report.Forums.Select(f => $"Forum {f.Number}: {f.Title.De}, {f.Respondents} Teilnehmende, {f.TotalAnswers} Antworten")],
                "Kernaussagen", null, null),
            new("Beteiligung nach Gruppen", [$"{report.TotalParticipants} Teilnehmende"], "Beteiligung", Participation(report), null),
        };
        foreach (var forum in report.Forums)
        {
            slides.Add(new($"Forum {forum.Number}: {forum.Title.De}", [forum.Description?.De ?? string.Empty, $"{forum.Respondents} Teilnehmende"], "Abschnitt", null, null));
            slides.AddRange(forum.Items.Select(Item));
        }

        var carried = report.Forums.SelectMany(f => f.Items.Where(i => i.CarryOver is not null).Select(i => new[]
        {
            $"Forum {f.Number}: {i.Prompt.De}", $"Forum {i.CarryOver!.FromForum}, {i.CarryOver.FromItemKey}", i.CarryOver.Top.ToString(German),
        }));
        slides.Add(new("Von Forum zu Forum", [], "Übernahmen", null, new TableSketch([["Frage", "Quelle", "Top"], .. carried])));
        slides.Add(new("Umsetzungspfad", [], "Meilensteine", null,
            new TableSketch([["Phase", "Meilenstein", "Zeitraum"], .. report.ImplementationPath.Select(m => new[] { m.Phase.De, m.Title.De, m.Due ?? string.Empty })])));
        return new DeckSketch(report.Title.De, slides);
    }

    private static ChartSketch Participation(SeriesReport report)
    {
        var keys = report.Groups.Select(g => g.Key).Append(GroupCount.OtherGroups)
            .Where(k => report.Participants.Any(p => p.GroupKey == k) || report.Forums.Any(f => f.Answers.Any(a => a.GroupKey == k))).ToList();
        var labels = keys.Select(k => report.Groups.FirstOrDefault(g => g.Key == k)?.Name.De ?? "Weitere Gruppen").ToList();
        var series = new List<SeriesSketch> { new("Teilnehmende", [.. keys.Select(k => (double)(report.Participants.FirstOrDefault(p => p.GroupKey == k)?.Count ?? 0))]) };
        series.AddRange(report.Forums.Select(f => new SeriesSketch($"Antworten Forum {f.Number}", [.. keys.Select(k => (double)(f.Answers.FirstOrDefault(a => a.GroupKey == k)?.Count ?? 0))])));
        return new ChartSketch("column", labels, series);
    }

    /// <summary>
    /// The item's slide as the product draws it: the chart comes from the kind's own rendering in the reports' registry
    /// (so a new kind is in the benchmark as soon as it is in the deck), tables and quotes where the kind has no chart.
    /// </summary>
    private static SlideSketch Item(ItemReport item)
    {
        var notes = $"{item.Prompt.De} – {item.Results.Respondents} Antworten";
        var title = item.Prompt.De;
        var rendering = KindRenderings.For(item.Results);
        if (!rendering.HasAnswers(item.Results))
        {
            return new(title, ["Noch keine Antworten"], notes, null, null);
        }

        if (rendering.Chart(item, Text) is { } chart)
        {
            var texts = item.Results is RatingResults { Mean: { } mean } ? ["Mittelwert " + mean.ToString("0.0", German)] : Array.Empty<string>();
            return new(title, texts, notes, Sketch(chart), null);
        }

        return item.Results switch
        {
            NeedsResults r => new(title, [], notes, null, new TableSketch([["Rang", "Eintrag", "Art", "Thema", "Unterstützung"],
                .. r.Ranking.Take(MaxNeedRows).Select(n => new[] { n.Rank.ToString(German), n.Text, n.Kind.ToString(), n.TopicKey, n.Supporters.ToString(German) })])),
            MatrixChoiceResults r => new(title, [], notes, null, new TableSketch([["", .. (r.Rows.Count > 0 ? r.Rows[0].Columns.Select(c => c.Choice.Label.De) : [])],
                .. r.Rows.Select(row => new[] { row.Row.Label.De }.Concat(row.Columns.Select(c => c.Count.ToString(German))).ToArray())])),
            MatrixRatingResults r => new(title, [], notes, null, new TableSketch([["", .. r.Columns.Select(c => c.Label.De), "Gesamt"],
                .. r.Rows.Select(row => new[] { $"{row.Rank}. {row.Row.Label.De}" }.Concat(row.Cells.Select(c => Number(c.Mean))).Append(Number(row.Mean)).ToArray())])),
            TextResults r => new(title, [.. r.Answers.Take(MaxQuotes).Select(a => "„" + a + "“")], notes, null, null),
            _ => throw new InvalidOperationException(
                $"{item.Results.GetType().Name} has answers but neither a chart nor a table here: give {nameof(DeckSketch)} its slide."),
        };
    }

    private static ChartSketch Sketch(ChartSpec chart) => new(
        chart.Kind switch { ChartKind.Pie => "pie", ChartKind.Bar => "bar", _ => "column" },
        chart.Categories,
        [.. chart.Series.Select(s => new SeriesSketch(s.Name, s.Values))])
    {
        Stacked = chart.Stacked,
    };

    private static string Number(double? value) => value is { } v ? v.ToString("0.0", German) : "–";
}

/// <param name="Texts">Paragraphs in the body, next to a chart or instead of one.</param>
internal sealed record SlideSketch(
    string Title,
    IReadOnlyList<string> Texts,
    string Notes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ChartSketch? Chart,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TableSketch? Table);

/// <param name="Kind">"bar" (horizontal, ranked), "column" or "pie".</param>
internal sealed record ChartSketch(string Kind, IReadOnlyList<string> Labels, IReadOnlyList<SeriesSketch> Series)
{
    /// <summary>The series lie on one another (a ranking's places) instead of side by side.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Stacked { get; init; }
}

internal sealed record SeriesSketch(string Name, IReadOnlyList<double> Values);

internal sealed record TableSketch(IReadOnlyList<IReadOnlyList<string>> Rows);
