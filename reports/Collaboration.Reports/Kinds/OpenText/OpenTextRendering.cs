namespace Collaboration.Reports.Kinds.OpenText;

/// <summary>Open text: a few quotes on the slide; the report points to the appendix that lists every answer.</summary>
internal sealed class OpenTextRendering : IKindRendering
{
    private const int MaxQuotes = 3;
    private const int QuoteLength = 280;

    public Type ResultsType => typeof(TextResults);

    public string ExportName => "text";

    public bool HasAnswers(ItemResults results) => ((TextResults)results).Answers.Count > 0;

    public void Slide(SlideCanvas canvas, ItemReport item, ReportText text, List<string> notes)
    {
        var texts = (TextResults)item.Results;

        // The first answers of some substance, in the order given: a fixed rule, so the deck never picks favourites.
        var quotes = texts.Answers.Where(a => SafeText.Line(a, 1000).Length >= 15).Concat(texts.Answers).Distinct(StringComparer.Ordinal).Take(MaxQuotes).ToList();
        var y = ItemSlide.BodyTop;
        canvas.TextBox(Emu.Margin, y - 100000, Emu.ContentWidth, 400000, [new TextRun(text[item.Anonymous ? "QuotesIntroAnonymous" : "QuotesIntro"], 14, Italic: true)]);
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

    public void Table(WordBody body, ItemReport item, SeriesReport report, ReportText text) =>
        body.Text(text.Format("SeeAppendix", ((TextResults)item.Results).Answers.Count), italic: true);
}
