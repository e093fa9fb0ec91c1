using Collaboration.Reports.Insights;

namespace Collaboration.Reports.Deck;

/// <summary>One slide per item: the kind's chart or table, the leading entries beside it, and talking points.</summary>
internal static class ItemSlide
{
    public const long BodyTop = 1900000;
    public const long BodyHeight = 4500000;

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

        KindRenderings.For(item.Results).Slide(canvas, item, text, notes);
        return notes;
    }

    /// <summary>"n respondents", or for an item withheld below the threshold that there are too few to show (not how many).</summary>
    public static string RespondentsLine(ItemReport item, ReportText text) => item.Results.WithheldBelow is { } threshold
        ? text.Format("FewerThan", threshold)
        : text.Format("Respondents", item.Results.Respondents);

    public static void EmptyMarker(SlideCanvas canvas, string message) =>
        canvas.TextBox(Emu.Margin + 1500000, 2800000, Emu.ContentWidth - 3000000, 1400000, [new TextRun(message, 22, true, "7F6000")],
            fill: "FFF2CC", center: true);

    /// <summary>The kind's chart on the left and its three leading entries, large, on the right.</summary>
    public static void ChartWithHighlights(SlideCanvas canvas, ItemReport item, ReportText text, List<string> notes)
    {
        if (!ChartOnLeft(canvas, item, text))
        {
            return;
        }

        var side = new List<TextRun>();
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

        SidePanel(canvas, side);
    }

    /// <summary>Draws the kind's chart in the left part of the body; false when the kind has none for this item.</summary>
    public static bool ChartOnLeft(SlideCanvas canvas, ItemReport item, ReportText text)
    {
        if (KindRenderings.For(item.Results).Chart(item, text) is not { } spec)
        {
            return false;
        }

        canvas.Chart(Emu.Margin, BodyTop, 7600000, BodyHeight, spec, text.Format("ChartAlt", SafeText.Line(text.Of(item.Prompt), 200)));
        return true;
    }

    /// <summary>The column right of the chart.</summary>
    public static void SidePanel(SlideCanvas canvas, IReadOnlyList<TextRun> side) =>
        canvas.TextBox(8300000, BodyTop, Emu.SlideWidth - 8300000 - Emu.Margin, BodyHeight, side);
}
