using Collaboration.Fakes.Postgres;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace Collaboration.Web.Tests.Api.Addin;

/// <summary>
/// The Office add-in's API on a real store: the series a moderator may take results from, a preview, slides and a Word
/// section built by the deck's own code, and a check of placed results; the same disclosure rule everywhere.
/// </summary>
public abstract class AddinApiTests : WebTest
{
    [Fact]
    public async Task The_series_list_holds_only_the_series_the_user_moderates_with_its_forums_and_questions()
    {
        var ours = await AddinScenario.CreateAsync(Host);
        var theirs = await SeriesChat.CreateAsync(Host);

        var mine = await Host.AddinAsync(HttpMethod.Get, "/series", ours.Moderator);
        var participants = await Host.AddinAsync(HttpMethod.Get, "/series", ours.Chat.Participant);

        Assert.Equal(HttpStatusCode.OK, mine.Status);
        var series = Assert.Single(mine.Json!["series"]!.AsArray())!;
        Assert.Equal(ours.SeriesId, (string?)series["id"]);
        Assert.NotEqual((string?)(await theirs.ConsoleAsync())["series"]!["id"], (string?)series["id"]);
        var forum = series["forums"]!.AsArray()[0]!;
        Assert.Equal((1, "open"), ((int)forum["number"]!, (string?)forum["status"]));
        var shown = forum["items"]!.AsArray().Single(i => (string?)i!["id"] == ours.Shown)!;
        Assert.Equal(("rolle-zentrum", "singleChoice", "open", 3, false),
            ((string?)shown["key"], (string?)shown["kind"], (string?)shown["status"], (int)shown["respondents"]!, (bool)shown["anonymous"]!));
        // A participant moderates nothing: an empty list, not a refusal.
        Assert.Equal(HttpStatusCode.OK, participants.Status);
        Assert.Empty(participants.Json!["series"]!.AsArray());
    }

    [Fact]
    public async Task The_slide_deck_validates_and_each_slide_carries_the_source_the_answer_names()
    {
        var scenario = await AddinScenario.CreateAsync(Host);

        var answer = await Host.AddinPostAsync("/slides", scenario.Moderator, new JsonObject { ["seriesId"] = scenario.SeriesId, ["forum"] = 1 });

        using var deck = PresentationDocument.Open(new MemoryStream(AddinCalls.Document(answer)), false);
        OfficeValidation.AssertValid(deck);
        var slides = deck.PresentationPart!.SlideParts.ToList();
        var sources = answer.Json!["sources"]!.AsArray();
        Assert.Equal(sources.Count, slides.Count);
        Assert.Contains(sources, s => (string?)s!["itemId"] == scenario.Shown);
        var tagged = slides.Select(s => s.UserDefinedTagsParts.Single().TagList!.Elements<P.Tag>().ToDictionary(t => t.Name!.Value!, t => t.Val!.Value!)).ToList();
        foreach (var source in sources)
        {
            Assert.Contains(tagged, t => t["COLLABORATION_SERIES"] == scenario.SeriesId && t["COLLABORATION_ITEM"] == (string?)source!["itemId"]
                && t["COLLABORATION_ASOF"] == (string?)source["asOf"] && t["COLLABORATION_HASH"] == (string?)source["hash"]);
        }
    }

    [Fact]
    public async Task A_withheld_question_shows_no_numbers_in_the_preview_the_slide_or_the_section()
    {
        var scenario = await AddinScenario.CreateAsync(Host);
        var selection = AddinCalls.Selection(scenario.SeriesId, scenario.Withheld, scenario.Shown);

        var preview = await Host.AddinPostAsync("/preview", scenario.Moderator, selection, "en");
        var slides = await Host.AddinPostAsync("/slides", scenario.Moderator, AddinCalls.Selection(scenario.SeriesId, scenario.Withheld), "en");
        var section = await Host.AddinPostAsync("/section", scenario.Moderator, AddinCalls.Selection(scenario.SeriesId, scenario.Withheld), "en");

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        var items = preview.Json!["items"]!.AsArray();
        var withheld = items.Single(i => (string?)i!["itemId"] == scenario.Withheld)!;
        Assert.Equal(3, (int?)withheld["withheldBelow"]);
        Assert.Empty(withheld["bars"]!.AsArray());
        Assert.Null(withheld["mean"]);
        var shown = items.Single(i => (string?)i!["itemId"] == scenario.Shown)!;
        Assert.Null(shown["withheldBelow"]);
        Assert.Equal(2, (int)shown["bars"]!.AsArray().Single(b => (string?)b!["label"] == "Advisory service")!["value"]!);

        using var deck = PresentationDocument.Open(new MemoryStream(AddinCalls.Document(slides)), false);
        OfficeValidation.AssertValid(deck);
        var slide = Assert.Single(deck.PresentationPart!.SlideParts);
        Assert.Empty(slide.ChartParts);
        var onSlide = string.Join(" ", slide.Slide!.Descendants<A.Text>().Select(t => t.Text));
        Assert.Contains("Results appear from 3 answers on", onSlide, StringComparison.Ordinal);
        Assert.DoesNotContain("%", onSlide, StringComparison.Ordinal);

        using var document = WordprocessingDocument.Open(new MemoryStream(AddinCalls.Document(section)), false);
        OfficeValidation.AssertValid(document);
        var control = document.MainDocumentPart!.Document!.Body!.Elements<SdtBlock>().Single();
        Assert.Empty(control.Descendants<Drawing>());
        Assert.Empty(control.Descendants<Table>());
        Assert.Contains("Results appear from 3 answers on", control.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_says_current_before_a_new_vote_and_outdated_after_it()
    {
        var scenario = await AddinScenario.CreateAsync(Host);
        var placed = (await Host.AddinPostAsync("/section", scenario.Moderator, AddinCalls.Selection(scenario.SeriesId, scenario.Shown))).Json!["sources"]!;
        var check = new JsonObject { ["placed"] = placed.DeepClone() };

        var before = await Host.AddinPostAsync("/check", scenario.Moderator, check.DeepClone());
        var late = TeamsUser.Create("Lena Spät");
        Host.Teams.AddChat(scenario.Chat.Chat.ConversationId, members: [late]);
        await scenario.Chat.OnboardAsync(late);
        await AddinScenario.AnswerAsync(Host, scenario.Chat, late, scenario.Shown, new JsonObject { ["choice"] = "vernetzung" });
        var after = await Host.AddinPostAsync("/check", scenario.Moderator, check.DeepClone());

        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.Equal("current", (string?)before.Json!["states"]![0]!["state"]);
        Assert.Equal(HttpStatusCode.OK, after.Status);
        var state = after.Json!["states"]!.AsArray().Single()!;
        Assert.Equal((scenario.SeriesId, scenario.Shown, "outdated"), ((string?)state["seriesId"], (string?)state["itemId"], (string?)state["state"]));
    }

    [Fact]
    public async Task An_English_request_gets_an_English_section_and_a_German_one_a_German_section()
    {
        var scenario = await AddinScenario.CreateAsync(Host);
        var selection = AddinCalls.Selection(scenario.SeriesId, scenario.Shown);

        var english = await Host.AddinPostAsync("/section", scenario.Moderator, selection.DeepClone(), "en-US");
        var german = await Host.AddinPostAsync("/section", scenario.Moderator, selection.DeepClone(), "de-DE");

        using var en = WordprocessingDocument.Open(new MemoryStream(AddinCalls.Document(english)), false);
        using var de = WordprocessingDocument.Open(new MemoryStream(AddinCalls.Document(german)), false);
        OfficeValidation.AssertValid(en);
        var enControl = en.MainDocumentPart!.Document!.Body!.Elements<SdtBlock>().Single();
        var deControl = de.MainDocumentPart!.Document!.Body!.Elements<SdtBlock>().Single();
        Assert.StartsWith("Forum result 1", enControl.SdtProperties!.GetFirstChild<SdtAlias>()!.Val!.Value, StringComparison.Ordinal);
        Assert.Contains("Advisory service", enControl.InnerText, StringComparison.Ordinal);
        Assert.StartsWith("Forenergebnis 1", deControl.SdtProperties!.GetFirstChild<SdtAlias>()!.Val!.Value, StringComparison.Ordinal);
        Assert.Contains("Beratungsstelle", deControl.InnerText, StringComparison.Ordinal);
    }
}

public sealed class AddinApiOnSqliteTests : AddinApiTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class AddinApiOnPostgresTests(PostgresFixture postgres) : AddinApiTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
