using Collaboration.Bot.Cards.Factories;
using Collaboration.Bot.Cards.Model;

namespace Collaboration.Bot.Tests.Cards;

/// <summary>The "database not reachable" card keeps what the user sent, so pressing its button repeats the action.</summary>
public sealed class UnavailableCardsTests
{
    [Fact]
    public void A_vote_comes_back_with_its_choice_in_the_send_again_button()
    {
        var itemId = Guid.NewGuid().ToString();
        var card = Json(UnavailableCards.ForAction(BotText.For(Language.De), CardVerb.Answer.Wire(), new JsonObject { ["itemId"] = itemId, ["in.choice"] = "beratung" }));

        var button = Assert.Single(CardReader.Elements(card, "Action.Execute"));
        Assert.Equal(CardVerb.Answer.Wire(), (string?)button["verb"]);
        Assert.Equal("beratung", (string?)button["data"]!["in.choice"]);
        Assert.Equal(itemId, (string?)button["data"]!["itemId"]);
        Assert.Contains("nicht erreichbar", CardReader.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_text_comes_back_editable_and_only_the_box_sends_it()
    {
        var text = "Ein langer Bedarf mit Umlauten: Glasfaser für Gröningen, Förderlotsen für Nienburg.\nZweite Zeile.";
        var card = Json(UnavailableCards.ForAction(BotText.For(Language.En), CardVerb.SubmitNeed.Wire(), new JsonObject
        {
            ["itemId"] = Guid.NewGuid().ToString(),
            ["clientKey"] = "c1",
            ["in.needKind"] = "Need",
            ["in.needText"] = text,
        }));

        var box = Assert.Single(CardReader.Elements(card, "Input.Text"));
        Assert.Equal("in.needText", (string?)box["id"]);
        Assert.Equal(text, (string?)box["value"]);
        Assert.True((bool?)box["isMultiline"]);
        var data = Assert.Single(CardReader.Elements(card, "Action.Execute"))["data"]!.AsObject();
        Assert.False(data.ContainsKey("in.needText"));
        Assert.Equal("c1", (string?)data["clientKey"]);
        Assert.Equal("Need", (string?)data["in.needKind"]);
        Assert.Contains("cannot be reached", CardReader.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_verb_there_is_nothing_to_send_again()
    {
        var card = Json(UnavailableCards.ForAction(BotText.For(Language.De), null, []));

        Assert.Empty(CardReader.Elements(card, "Action.Execute"));
    }

    private static JsonNode Json(AdaptiveCard card) => JsonNode.Parse(CardJson.Serialize(card))!;
}
