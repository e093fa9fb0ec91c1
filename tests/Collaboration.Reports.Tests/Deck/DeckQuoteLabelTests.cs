using Collaboration.Reports.Deck;

namespace Collaboration.Reports.Tests.Deck;

/// <summary>The quotes slide calls open answers anonymous only when the question was asked anonymously.</summary>
public sealed class DeckQuoteLabelTests(SeriesFixture series) : IClassFixture<SeriesFixture>
{
    [Theory]
    [InlineData(Language.De, "Ausgewählte Stimmen", "anonym")]
    [InlineData(Language.En, "Selected voices", "anonymous")]
    public void Open_answers_of_a_named_question_are_not_labelled_anonymous(Language language, string intro, string anonymous)
    {
        var slide = QuotesSlide(series.Report, language);

        Assert.Contains(intro, slide, StringComparison.Ordinal);
        Assert.DoesNotContain(anonymous, slide, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(Language.De, "Ausgewählte Stimmen (anonyme Frage)")]
    [InlineData(Language.En, "Selected voices (anonymous question)")]
    public void Open_answers_of_an_anonymous_question_are_labelled_anonymous(Language language, string intro)
    {
        var report = series.Report with
        {
            Forums = [.. series.Report.Forums.Select(f => f with { Items = [.. f.Items.Select(i => i.Results is TextResults ? i with { Anonymous = true } : i)] })],
        };

        Assert.Contains(intro, QuotesSlide(report, language), StringComparison.Ordinal);
    }

    private static string QuotesSlide(SeriesReport report, Language language)
    {
        var item = report.Forums.SelectMany(f => f.Items).First(i => i.Results is TextResults { Answers.Count: > 0 });
        var prompt = item.Prompt.In(language)[..40];
        using var document = PresentationDocument.Open(new MemoryStream(DeckWriterTests.Write(report, new DeckOptions { Language = language })), false);
        return document.PresentationPart!.SlideParts.Select(s => s.Slide!.InnerText).Single(t => t.StartsWith(prompt, StringComparison.Ordinal));
    }
}
