using Collaboration.Bot.Cards.Model;

namespace Collaboration.Bot.Tests.Cards;

/// <summary>Cards go through Microsoft's Adaptive Cards JS SDK, the closest to Teams that runs here.</summary>
public sealed class CardValidationTests
{
    [Fact]
    public async Task A_card_with_every_element_type_passes_the_adaptive_cards_sdk()
    {
        var problems = await AdaptiveCardValidator.ValidateAsync(CardJson.Serialize(SampleCards.EveryElement()));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Broken_cards_are_reported_each_with_its_own_problem()
    {
        var valid = CardJson.ToJsonNode(new AdaptiveCard([new TextBlock("ok")]));
        var unknownElement = WithBody(new JsonObject { ["type"] = "Input.Foo", ["id"] = "foo" });
        var choiceSetWithoutId = WithBody(new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["choices"] = new JsonArray(new JsonObject { ["title"] = "Ja", ["value"] = "yes" }),
        });
        var chartWithoutFallback = WithBody(new JsonObject
        {
            ["type"] = "Chart.Pie",
            ["data"] = new JsonArray(new JsonObject { ["legend"] = "Ja", ["value"] = 7 }),
        });
        var chartWithBadFallback = CardJson.ToJsonNode(new AdaptiveCard(
            [new ChartDonut([new PieChartDatum("Ja", 7)], new TextBlock("Ja: 7") { Size = TextSize.Large })]));
        chartWithBadFallback["body"]![0]!["fallback"]!["size"] = "Gigantic";

        var problems = await AdaptiveCardValidator.ValidateAsync(
            [valid.ToJsonString(), unknownElement, choiceSetWithoutId, chartWithoutFallback, chartWithBadFallback.ToJsonString()]);

        Assert.DoesNotContain(problems, p => p.StartsWith("card 0 ", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("card 1 ", StringComparison.Ordinal) && p.Contains("Input.Foo", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("card 2 ", StringComparison.Ordinal) && p.Contains("Input.ChoiceSet", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("card 3 ", StringComparison.Ordinal) && p.Contains("fallback", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("card 4 ", StringComparison.Ordinal) && p.Contains("Gigantic", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Chart_data_without_the_documented_fields_is_reported()
    {
        var card = WithBody(new JsonObject
        {
            ["type"] = "Chart.HorizontalBar",
            ["data"] = new JsonArray(new JsonObject { ["label"] = "Ja", ["value"] = 7 }),
            ["fallback"] = new JsonObject { ["type"] = "TextBlock", ["text"] = "Ja: 7" },
        });

        var problems = await AdaptiveCardValidator.ValidateAsync(card);

        Assert.Contains(problems, p => p.Contains("data[0].x", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("data[0].y", StringComparison.Ordinal));
    }

    private static string WithBody(JsonObject element) =>
        new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = AdaptiveCard.SchemaVersion,
            ["body"] = new JsonArray(element),
        }.ToJsonString();
}
