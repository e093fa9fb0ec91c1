using System.Text.Json.Serialization;
using Collaboration.Forums.Items;
using Collaboration.Forums.Results;
using Collaboration.Reports.Model;

namespace Collaboration.Reports.Benchmarks.Comparison;

/// <summary>
/// What the deck shows, slide by slide (titles, charts with their values, tables, notes), in German: the input for
/// the pptxgenjs script, so both tools draw the same slides from the same report. It follows DeckWriter's choices
/// (pie for a single choice of up to six options, ranked bars capped at twelve, rating columns, tables for needs
/// and matrices, quotes for open texts).
/// </summary>
internal sealed record DeckSketch(string Title, IReadOnlyList<SlideSketch> Slides)
{
    private const int MaxBars = 12;
    private const int MaxPieSlices = 6;
    private const int MaxNeedRows = 8;
    private const int MaxQuotes = 3;
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

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

    private static SlideSketch Item(ItemReport item)
    {
        var notes = $"{item.Prompt.De} – {item.Results.Respondents} Antworten";
        var title = item.Prompt.De;
        return item.Results switch
        {
            ChoiceResults r when item.Spec is SingleChoiceSpec && r.Tallies.Count <= MaxPieSlices =>
                new(title, [], notes, new ChartSketch("pie", [.. r.Tallies.Select(t => t.Choice.Label.De)], [new("Anzahl", [.. r.Tallies.Select(t => (double)t.Count)])]), null),
            ChoiceResults r => new(title, [], notes, Ranked(r.Tallies.Select(t => (t.Choice.Label.De, (double)t.Count)), "Anzahl"), null),
            PointsResults r => new(title, [], notes, Ranked(r.Ranking.Select(t => (t.Choice.Label.De, (double)t.Points)), "Punkte"), null),
            RatingResults r => new(title, [r.Mean is { } mean ? "Mittelwert " + mean.ToString("0.0", German) : "–"], notes,
                new ChartSketch("column", [.. r.Distribution.Select(b => b.Value.ToString(German))], [new("Bewertungen", [.. r.Distribution.Select(b => (double)b.Count)])]), null),
            NeedsResults r => new(title, [], notes, null, new TableSketch([["Rang", "Eintrag", "Art", "Thema", "Unterstützung"],
                .. r.Ranking.Take(MaxNeedRows).Select(n => new[] { n.Rank.ToString(German), n.Text, n.Kind.ToString(), n.TopicKey, n.Supporters.ToString(German) })])),
            MatrixChoiceResults r => new(title, [], notes, null, new TableSketch([["", .. (r.Rows.Count > 0 ? r.Rows[0].Columns.Select(c => c.Choice.Label.De) : [])],
                .. r.Rows.Select(row => new[] { row.Row.Label.De }.Concat(row.Columns.Select(c => c.Count.ToString(German))).ToArray())])),
            MatrixRatingResults r => new(title, [], notes, null, new TableSketch([["", .. r.Columns.Select(c => c.Label.De), "Gesamt"],
                .. r.Rows.Select(row => new[] { $"{row.Rank}. {row.Row.Label.De}" }.Concat(row.Cells.Select(c => Number(c.Mean))).Append(Number(row.Mean)).ToArray())])),
            TextResults r => new(title, [.. r.Answers.Take(MaxQuotes).Select(a => "„" + a + "“")], notes, null, null),
            _ => new(title, ["Noch keine Antworten"], notes, null, null),
        };
    }

    private static ChartSketch Ranked(IEnumerable<(string Label, double Value)> entries, string name)
    {
        var ordered = entries.Select((e, i) => (e.Label, e.Value, i)).OrderByDescending(e => e.Value).ThenBy(e => e.i).Take(MaxBars).ToList();
        return new ChartSketch("bar", [.. ordered.Select(e => e.Label)], [new(name, [.. ordered.Select(e => e.Value)])]);
    }

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
internal sealed record ChartSketch(string Kind, IReadOnlyList<string> Labels, IReadOnlyList<SeriesSketch> Series);

internal sealed record SeriesSketch(string Name, IReadOnlyList<double> Values);

internal sealed record TableSketch(IReadOnlyList<IReadOnlyList<string>> Rows);
