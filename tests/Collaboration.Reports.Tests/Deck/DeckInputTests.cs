using Collaboration.Seeding;
using Collaboration.Reports.Deck;
using Collaboration.Reports.Theming;

namespace Collaboration.Reports.Tests.Deck;

public sealed class DeckInputTests(SeriesFixture series) : IClassFixture<SeriesFixture>
{
    [Fact]
    public void Hostile_unicode_in_every_user_text_keeps_the_deck_valid_and_convertible()
    {
        var bytes = DeckWriterTests.Write(NastyInput.Apply(series.Report));

        using (var document = PresentationDocument.Open(new MemoryStream(bytes), false))
        {
            OfficeValidation.AssertValid(document);
            var text = string.Concat(document.PresentationPart!.SlideParts.Select(s => s.Slide!.InnerText));
            Assert.Contains("😀👩🏽‍💻", text, StringComparison.Ordinal);
            Assert.Contains("…", text, StringComparison.Ordinal);
            var longest = document.PresentationPart.SlideParts.SelectMany(s => s.Slide!.Descendants<DocumentFormat.OpenXml.Drawing.Text>()).Max(t => t.Text.Length);
            Assert.True(longest <= 450, $"a text of {longest} characters would overflow its slide");
        }

        LibreOffice.ConvertToPdf(bytes, "pptx", ArtifactDump.Folder("deck-nasty"));
    }

    [Fact]
    public async Task A_series_without_answers_gives_a_valid_deck_with_visibly_marked_empty_slides()
    {
        var withEmptyForum = await EmptySeries.BuildAsync();

        var bytes = DeckWriterTests.Write(withEmptyForum);

        using var document = PresentationDocument.Open(new MemoryStream(bytes), false);
        OfficeValidation.AssertValid(document);
        var texts = document.PresentationPart!.SlideParts.Select(s => s.Slide!.InnerText).ToList();
        Assert.Equal(withEmptyForum.Forums.Sum(f => f.Items.Count), texts.Count(t => t.Contains("Keine Antworten", StringComparison.Ordinal)));
        Assert.Contains(texts, t => t.Contains("Dieses Forum enthält keine Fragen.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_participation_line_counts_the_forums_held_not_the_forums_planned()
    {
        var onlyForumOne = series.Report with
        {
            Forums = [.. series.Report.Forums.Select(f => f.Number == 1 ? f : f with { Status = Forums.Series.ForumStatus.Draft })],
        };

        string DeckText(Model.SeriesReport report)
        {
            using var document = PresentationDocument.Open(new MemoryStream(DeckWriterTests.Write(report)), false);
            return string.Concat(document.PresentationPart!.SlideParts.Select(s => s.Slide!.InnerText));
        }

        Assert.Contains("Antworten in 3 Foren", DeckText(series.Report), StringComparison.Ordinal);
        var partial = DeckText(onlyForumOne);
        Assert.Contains("Antworten in 1 von 3 geplanten Foren", partial, StringComparison.Ordinal);
        Assert.DoesNotContain("in 3 Foren", partial, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_of_a_state_wide_series_carry_thousands_separators_in_text_and_charts()
    {
        var large = series.Report with { Participants = [.. series.Report.Participants.Select(p => p with { Count = p.Count * 1000 })] };
        var participants = large.TotalParticipants;

        using var document = PresentationDocument.Open(new MemoryStream(DeckWriterTests.Write(large)), false);

        var text = string.Concat(document.PresentationPart!.SlideParts.Select(s => s.Slide!.InnerText));
        Assert.Contains(participants.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("de-DE")) + " Teilnehmende", text, StringComparison.Ordinal);
        Assert.DoesNotContain(participants.ToString(System.Globalization.CultureInfo.InvariantCulture) + " Teilnehmende", text, StringComparison.Ordinal);
        var peopleChart = document.PresentationPart.SlideParts.SelectMany(s => s.ChartParts)
            .Single(c => c.ChartSpace.InnerText.Contains(series.Report.Groups[0].Name.De!, StringComparison.Ordinal) && c.ChartSpace.InnerXml.Contains("Teilnehmende", StringComparison.Ordinal));
        var labelFormats = peopleChart.ChartSpace.Descendants<DocumentFormat.OpenXml.Drawing.Charts.DataLabels>()
            .Select(l => l.GetFirstChild<DocumentFormat.OpenXml.Drawing.Charts.NumberingFormat>()?.FormatCode?.Value);
        Assert.All(labelFormats, f => Assert.Equal("[$-407]#,##0", f));
    }

    [Fact]
    public void A_matrix_with_many_rows_shows_the_first_nine_and_says_how_many_more()
    {
        var report = series.Report with
        {
            Forums =
            [
                .. series.Report.Forums.Select(f => f with
                {
                    Items = [.. f.Items.Select(i => i.Results is Forums.Results.MatrixRatingResults r
                        ? i with { Results = r with { Rows = [.. Enumerable.Range(0, 5).SelectMany(_ => r.Rows)] } }
                        : i)],
                }),
            ],
        };

        using var document = PresentationDocument.Open(new MemoryStream(DeckWriterTests.Write(report)), false);

        OfficeValidation.AssertValid(document);
        var slide = document.PresentationPart!.SlideParts.Single(s => s.Slide!.InnerText.Contains("bestbewertetes Modell", StringComparison.Ordinal));
        Assert.Equal(10, slide.Slide!.Descendants<DocumentFormat.OpenXml.Drawing.TableRow>().Count());
        Assert.Contains("und 11 weitere", slide.Slide.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_builder_says_null_for_an_unknown_series()
    {
        var builder = new SeriesReportBuilder(new InMemoryForumStore(), TimeProvider.System);

        Assert.Null(await builder.BuildAsync(Guid.NewGuid(), default));
    }

    [Fact]
    public void A_missing_theme_logo_is_a_warning_and_the_deck_is_still_written()
    {
        var folder = ArtifactDump.Folder("theme-missing-logo");
        var file = Path.Combine(folder, "theme.json");
        File.WriteAllText(file, """{ "colors": { "primary": "#005A9C", "accent": "not-a-colour" }, "fonts": { "heading": "Georgia" }, "logo": "nowhere.png" }""");

        var load = ThemeFile.Load(file);

        Assert.Equal("005A9C", load.Theme.Primary);
        Assert.Equal("Georgia", load.Theme.HeadingFont);
        Assert.Null(load.Theme.Logo);
        Assert.Equal(2, load.Warnings.Count);
        using var document = PresentationDocument.Open(new MemoryStream(DeckWriterTests.Write(series.Report, new DeckOptions { Theme = load.Theme })), false);
        OfficeValidation.AssertValid(document);
    }

    [Fact]
    public void The_example_theme_in_the_repository_loads_without_warnings()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "../../../../../reports/themes/example.json");

        var load = ThemeFile.Load(file);

        Assert.Empty(load.Warnings);
        Assert.Equal("00457D", load.Theme.Primary);
    }

    [Fact]
    public void A_theme_logo_appears_on_the_title_slide_with_alt_text()
    {
        var theme = ReportTheme.Default with { Logo = ThemeImage.From(TestImages.Png(120, 40)) };

        using var document = PresentationDocument.Open(new MemoryStream(DeckWriterTests.Write(series.Report, new DeckOptions { Theme = theme })), false);

        OfficeValidation.AssertValid(document);
        var picture = Assert.Single(document.PresentationPart!.SlideParts.First().Slide!.Descendants<DocumentFormat.OpenXml.Presentation.Picture>());
        Assert.False(string.IsNullOrEmpty(picture.NonVisualPictureProperties!.NonVisualDrawingProperties!.Description));
    }
}
