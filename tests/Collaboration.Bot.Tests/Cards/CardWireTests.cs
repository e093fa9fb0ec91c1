using Collaboration.Bot.Gate;
using Collaboration.Bot.Interaction;
using Collaboration.Forums.Access;
using Collaboration.Forums.Application;
using Collaboration.Forums.Text;

namespace Collaboration.Bot.Tests.Cards;

/// <summary>
/// The card wire vocabulary: cards already posted in Teams chats carry these verbs and input ids and post them back,
/// months later, so the strings must never change, whatever the members are called in code.
/// </summary>
public sealed class CardWireTests
{
    private static readonly TurnInfo Turn = new("19:chat@thread.v2", ConversationKind.GroupChat, new UserRef("user-1", "Anna"), Language.De, () => "{}");

    [Fact]
    public void Verbs_keep_the_strings_that_posted_cards_carry() =>
        Assert.Equal(
            Sorted("answer", "mine", "onboard", "submitNeed", "supportNeed", "startForum", "closeForum", "openItem", "closeItem", "carryOver",
                "createSeries", "addItem", "retryArchive", "results", "sendPrivately", "remind", "executiveLinks", "eraseData"),
            Sorted([.. Enum.GetValues<CardVerb>().Select(v => v.Wire())]));

    [Fact]
    public void Input_ids_keep_the_strings_that_posted_cards_carry()
    {
        Assert.Equal(
            Sorted("in.choice", "in.rating", "in.text", "in.needKind", "in.needTopic", "in.needText", "in.group", "in.organisation", "in.municipality",
                "in.template", "in.templateText", "in.selectedItem", "in.itemForum", "in.itemKey", "in.itemKind", "in.itemPromptDe", "in.itemPromptEn",
                "in.itemOptions", "in.itemLimit", "in.itemAnonymous"),
            Sorted([.. Enum.GetValues<CardInput>().Select(i => i.Id())]));
        Assert.Equal("in.points.beratung", CardInputFamily.Points.Id("beratung"));
        Assert.Equal("in.rank.2", CardInputs.RankPlace(2));
        Assert.Equal("in.row.mobil", CardInputs.MatrixCell("mobil"));
        Assert.Equal("in.row.mobil.nutzen", CardInputs.MatrixCell("mobil", "nutzen"));
    }

    [Fact]
    public void Every_verb_reads_back_as_itself() =>
        Assert.All(Enum.GetValues<CardVerb>(), verb =>
        {
            Assert.True(CardVerbs.TryRead(verb.Wire(), out var read));
            Assert.Equal(verb, read);
        });

    // "0" and "Answer" are what an enum parser would accept; a forged invoke must not become an answer through them.
    [Theory]
    [InlineData("0")]
    [InlineData("Answer")]
    [InlineData(" answer")]
    [InlineData("")]
    [InlineData(null)]
    public void A_verb_no_card_carries_is_not_an_action(string? verb)
    {
        Assert.False(CardVerbs.TryRead(verb, out _));
        Assert.Null(ActionReader.FromCard(verb, new JsonObject { [CardData.ItemId] = Guid.NewGuid().ToString() }, Turn));
    }

    [Fact]
    public void The_results_button_shows_the_named_item_on_a_personal_card_and_the_selected_one_on_the_overview()
    {
        var itemId = Guid.NewGuid();
        var seriesId = Guid.NewGuid();

        var personal = ActionReader.FromCard("results", new JsonObject { [CardData.ItemId] = itemId.ToString() }, Turn);
        var overview = ActionReader.FromCard("results", new JsonObject { [CardData.SeriesId] = seriesId.ToString(), [CardInput.SelectedItem.Id()] = "f1-bedarf" }, Turn);

        Assert.Equal((ActionKind.ShowItem, itemId), (personal!.Kind, personal.Claims.Items.Single()));
        Assert.Equal((ActionKind.Results, "f1-bedarf"), (overview!.Kind, overview.Argument));
        Assert.Equal(seriesId, overview.Claims.SeriesId);
    }

    [Fact]
    public void A_button_without_the_ids_its_verb_needs_is_not_an_action() =>
        Assert.All(
            [CardVerb.Answer, CardVerb.SubmitNeed, CardVerb.SupportNeed, CardVerb.Mine, CardVerb.Results, CardVerb.Onboard, CardVerb.StartForum, CardVerb.OpenItem, CardVerb.RetryArchive, CardVerb.AddItem],
            verb => Assert.Null(ActionReader.FromCard(verb.Wire(), [], Turn)));

    private static string[] Sorted(params string[] values) => [.. values.Order(StringComparer.Ordinal)];
}
