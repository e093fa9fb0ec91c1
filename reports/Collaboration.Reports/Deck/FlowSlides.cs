using Collaboration.Reports.Insights;
using A = DocumentFormat.OpenXml.Drawing;

namespace Collaboration.Reports.Deck;

/// <summary>The closing slides: how each forum's results became the next forum's options, and the implementation path.</summary>
internal static class FlowSlides
{
    private const int MaxStages = 4;
    private const int EntriesPerStage = 5;

    public static IReadOnlyList<string> CarryOver(SlideCanvas canvas, SeriesReport report, ReportText text)
    {
        canvas.Title(text["CarryOverTitle"]);
        var stages = Stages(report).Take(MaxStages).ToList();
        var notes = new List<string> { text["NotesCarryOver"] };
        if (stages.Count == 0)
        {
            ItemSlide.EmptyMarker(canvas, text["CarryNone"]);
            return notes;
        }

        const long gap = 420000;
        var width = (Emu.ContentWidth - (gap * (stages.Count - 1))) / stages.Count;
        for (var s = 0; s < stages.Count; s++)
        {
            var (forum, item) = stages[s];
            var x = Emu.Margin + (s * (width + gap));
            var header = text.Format("CarryStage", forum, SafeText.Line(text.Of(item.Prompt), 70));
            canvas.TextBox(x, 1500000, width, 900000, [new TextRun(header, 12, true, canvas.Theme.Background)], fill: canvas.Theme.Primary, center: true);
            var entries = TopEntries.Of(item, text, EntriesPerStage);
            var y = 2500000L;
            foreach (var (label, score) in entries)
            {
                canvas.TextBox(x, y, width, 700000, [new TextRun($"{SafeText.Line(label, 60)} ({score})", 12)], fill: "EAF1F8", center: true);
                y += 780000;
            }

            if (entries.Count == 0)
            {
                canvas.TextBox(x, y, width, 700000, [new TextRun(text["CarryNone"], 12, Italic: true)], fill: "FFF2CC", center: true);
            }

            if (s < stages.Count - 1)
            {
                canvas.TextBox(x + width + 40000, 1750000, gap - 80000, 400000, [], fill: canvas.Theme.Accent, shape: A.ShapeTypeValues.RightArrow);
            }

            notes.Add($"{header}: {string.Join("; ", entries.Select(e => $"{SafeText.Line(e.Label, 80)} ({e.Score})"))}");
        }

        return notes;
    }

    public static IReadOnlyList<string> Path(SlideCanvas canvas, SeriesReport report, ReportText text)
    {
        canvas.Title(text["PathTitle"]);
        var phases = report.ImplementationPath.GroupBy(m => text.Of(m.Phase)).ToList();
        var notes = new List<string> { text.Format("NotesPath", report.ImplementationPath.Count, phases.Count) };
        if (phases.Count == 0)
        {
            ItemSlide.EmptyMarker(canvas, text["PathEmpty"]);
            return notes;
        }

        var shown = phases.Take(5).ToList();
        var width = Emu.ContentWidth / shown.Count;
        for (var p = 0; p < shown.Count; p++)
        {
            var x = Emu.Margin + (p * width);
            var phase = SafeText.Line(shown[p].Key, 40);
            canvas.TextBox(x, 1600000, width - 60000, 800000, [new TextRun(phase, 18, true, canvas.Theme.Background)],
                fill: p % 2 == 0 ? canvas.Theme.Primary : canvas.Theme.Accent, center: true, shape: A.ShapeTypeValues.Chevron);
            var runs = new List<TextRun>();
            foreach (var milestone in shown[p].Take(4))
            {
                runs.Add(new TextRun(SafeText.Line(milestone.Due, 30), 12, true, canvas.Theme.Accent));
                runs.Add(new TextRun(SafeText.Line(text.Of(milestone.Title), 110), 14));
                notes.Add($"{phase} · {SafeText.Line(milestone.Due, 30)}: {SafeText.Line(text.Of(milestone.Title), 200)}");
            }

            canvas.TextBox(x + 100000, 2600000, width - 200000, 3700000, runs);
        }

        return notes;
    }

    /// <summary>The items along the carry-over chains, in forum order: each rule's source, then its target.</summary>
    private static IEnumerable<(int Forum, ItemReport Item)> Stages(SeriesReport report)
    {
        var seen = new HashSet<(int, string)>();
        foreach (var forum in report.Forums)
        {
            foreach (var target in forum.Items.Where(i => i.CarryOver is not null))
            {
                var rule = target.CarryOver!;
                var source = report.Forums.FirstOrDefault(f => f.Number == rule.FromForum)?.Items.FirstOrDefault(i => i.Key == rule.FromItemKey);
                if (source is not null && seen.Add((rule.FromForum, source.Key)))
                {
                    yield return (rule.FromForum, source);
                }

                if (seen.Add((forum.Number, target.Key)))
                {
                    yield return (forum.Number, target);
                }
            }
        }
    }
}
