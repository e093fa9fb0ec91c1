using Collaboration.Reports.Insights;

namespace Collaboration.Reports.Deck;

/// <summary>The opening slides: title, management summary, participation.</summary>
internal static class OverviewSlides
{
    public static IReadOnlyList<string> Title(SlideCanvas canvas, SeriesReport report, ReportText text)
    {
        var theme = canvas.Theme;
        canvas.TextBox(0, 0, Emu.SlideWidth, 3600000, [], fill: theme.Primary);
        var title = SafeText.Line(text.Of(report.Title), 110);
        canvas.TextBox(Emu.Margin, 900000, Emu.ContentWidth - 2400000, 1900000, [new TextRun(title, title.Length > 60 ? 32 : 40, true, theme.Background)],
            anchorBottom: true, heading: true);
        canvas.TextBox(Emu.Margin, 2850000, Emu.ContentWidth, 650000, [new TextRun(text["DeckSubtitle"], 18, Color: theme.Background)]);
        canvas.TextBox(Emu.Margin, 3850000, Emu.ContentWidth, 2000000, [new TextRun(SafeText.Line(text.Of(report.Goal), 420), 16)]);
        canvas.TextBox(Emu.Margin, 6000000, Emu.ContentWidth, 450000, [new TextRun(text.Format("AsOf", text.Date(report.AsOf)), 14, Color: theme.Accent)]);
        if (theme.Logo is { } logo)
        {
            canvas.Picture(logo, Emu.SlideWidth - Emu.Margin - 2000000, 400000, 2000000, 1100000, text["LogoAlt"]);
        }

        return [title, SafeText.Line(text.Of(report.Goal), 1000), text.Format("AsOf", text.Date(report.AsOf))];
    }

    public static IReadOnlyList<string> Summary(SlideCanvas canvas, SeriesReport report, ReportText text)
    {
        canvas.Title(text["SummaryTitle"]);
        var messages = KeyMessages.Compute(report, text);
        canvas.TextBox(Emu.Margin, 1600000, Emu.ContentWidth, 4700000, [.. messages.Select(m => new TextRun(m, 22, Bullet: true))]);
        return [.. messages, text["NotesSummary"]];
    }

    public static IReadOnlyList<string> Participation(SlideCanvas canvas, SeriesReport report, ReportText text)
    {
        canvas.Title(text["ParticipationTitle"]);
        var answers = report.Forums.Sum(f => f.TotalAnswers);
        var line = text.Format("ParticipationLine", report.TotalParticipants, answers, text.ForumsHeld(report.HeldForums, report.Forums.Count));
        canvas.TextBox(Emu.Margin, 1360000, Emu.ContentWidth, 420000, [new TextRun(line, 16, Color: canvas.Theme.Accent)]);
        var people = ResultCharts.Participants(report, text);
        if (people.Categories.Count == 0)
        {
            ItemSlide.EmptyMarker(canvas, text["KeyNone"]);
        }
        else
        {
            const long width = (Emu.ContentWidth - 300000) / 2;
            canvas.TextBox(Emu.Margin, 1850000, width, 400000, [new TextRun(text["PeopleChart"], 14, true)]);
            canvas.Chart(Emu.Margin, 2250000, width, 4200000, people, text.Format("ChartAlt", text["PeopleChart"]));
            canvas.TextBox(Emu.Margin + width + 300000, 1850000, width, 400000, [new TextRun(text["AnswersChart"], 14, true)]);
            canvas.Chart(Emu.Margin + width + 300000, 2250000, width, 4200000, ResultCharts.Answers(report, text), text.Format("ChartAlt", text["AnswersChart"]));
        }

        var notes = new List<string> { line };
        notes.AddRange(report.Participants.Select(p => $"{ResultCharts.GroupName(report, p.GroupKey, text)}: {p.Count}"));
        notes.AddRange(report.Forums.Select(f => text.Format("NotesForumGroups", f.Number, f.Respondents, f.TotalAnswers)));
        notes.Add(text.Format("NotesParticipation", report.MinGroupSize));
        return notes;
    }

    public static IReadOnlyList<string> ForumSection(SlideCanvas canvas, ForumReport forum, ReportText text)
    {
        var theme = canvas.Theme;
        canvas.TextBox(0, 0, Emu.SlideWidth, Emu.SlideHeight, [], fill: theme.Primary);
        canvas.TextBox(Emu.Margin, 1500000, Emu.ContentWidth, 900000, [new TextRun($"Forum {forum.Number}", 24, Color: theme.Highlight)], anchorBottom: true);
        canvas.TextBox(Emu.Margin, 2400000, Emu.ContentWidth, 1500000, [new TextRun(SafeText.Line(text.Of(forum.Title), 120), 36, true, theme.Background)], heading: true);
        canvas.TextBox(Emu.Margin, 4000000, Emu.ContentWidth, 1500000, [new TextRun(SafeText.Line(text.Of(forum.Description), 300), 18, Color: theme.Background)]);
        var notes = new List<string> { text.Format("NotesForum", forum.Number, forum.Items.Count, forum.Respondents) };
        if (forum.Items.Count == 0)
        {
            ItemSlide.EmptyMarker(canvas, text["EmptyForum"]);
            notes.Add(text["EmptyForum"]);
        }

        return notes;
    }
}
