using Collaboration.Bot.Cards.Model;
// The card model's Choice (title and value), not the domain's option that the shared domain usings bring.
using Choice = Collaboration.Bot.Cards.Model.Choice;

namespace Collaboration.Bot.Tests.Cards;

public sealed class CardJsonTests
{
    [Fact]
    public void A_card_starts_with_its_type_and_schema_and_declares_version_1_5()
    {
        var json = CardJson.Serialize(new AdaptiveCard([new TextBlock("Hallo")]));

        Assert.Equal(
            """{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","body":[{"type":"TextBlock","text":"Hallo","wrap":true}],"version":"1.5"}""",
            json);
    }

    [Fact]
    public void Unset_properties_are_left_out_and_set_ones_use_the_schema_spelling()
    {
        var card = new AdaptiveCard(
        [
            new TextBlock("Titel") { Weight = TextWeight.Bolder, Size = TextSize.Large, IsSubtle = false, Spacing = Spacing.ExtraLarge },
            new InputChoiceSet("choice", [new Choice("Ja", "yes")]) { Style = ChoiceInputStyle.Compact, IsMultiSelect = true },
        ]);

        var body = CardJson.ToJsonNode(card)["body"]!.AsArray();

        Assert.Equal(
            """{"type":"TextBlock","text":"Titel","wrap":true,"weight":"Bolder","size":"Large","isSubtle":false,"spacing":"ExtraLarge"}""",
            body[0]!.ToJsonString());
        Assert.Equal(
            """{"type":"Input.ChoiceSet","choices":[{"title":"Ja","value":"yes"}],"style":"compact","isMultiSelect":true,"id":"choice"}""",
            body[1]!.ToJsonString());
    }

    [Fact]
    public void Action_execute_carries_its_verb_and_data()
    {
        var card = new AdaptiveCard([])
        {
            Actions =
            [
                new ActionExecute("vote")
                {
                    Title = "Abstimmen",
                    Data = new JsonObject { ["poll"] = "p1", ["round"] = 2 },
                    AssociatedInputs = AssociatedInputs.Auto,
                },
            ],
        };

        var action = CardJson.ToJsonNode(card)["actions"]![0]!;

        Assert.Equal(
            """{"type":"Action.Execute","verb":"vote","data":{"poll":"p1","round":2},"associatedInputs":"auto","title":"Abstimmen"}""",
            action.ToJsonString());
    }

    [Fact]
    public void Refresh_names_an_execute_action_and_the_users_it_refreshes_for()
    {
        var card = new AdaptiveCard([])
        {
            Refresh = new CardRefresh(new ActionExecute("refresh"), ["29:a", "29:b"]),
            MsTeams = TeamsCardProperties.FullWidth,
        };

        var json = CardJson.ToJsonNode(card);

        Assert.Equal("""{"action":{"type":"Action.Execute","verb":"refresh"},"userIds":["29:a","29:b"]}""", json["refresh"]!.ToJsonString());
        Assert.Equal("""{"width":"Full"}""", json["msteams"]!.ToJsonString());
    }

    [Fact]
    public void Nested_elements_and_actions_get_their_adaptive_card_type_names()
    {
        var json = CardJson.ToJsonNode(SampleCards.EveryElement());

        var types = CollectTypes(json).ToHashSet(StringComparer.Ordinal);

        string[] expected =
        [
            "AdaptiveCard", "TextBlock", "Container", "ColumnSet", "Column", "Image", "FactSet", "Table", "TableRow", "TableCell",
            "Chart.HorizontalBar", "Chart.VerticalBar", "Chart.Pie", "Chart.Donut", "Input.Text", "Input.Number", "Input.ChoiceSet",
            "ActionSet", "Action.Execute", "Action.Submit", "Action.OpenUrl", "Action.ShowCard", "Action.ToggleVisibility",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), types.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_chart_writes_the_documented_data_fields_and_its_fallback_element()
    {
        var chart = new ChartHorizontalBar([new BarChartDatum("Ja", 7) { Color = "good" }], new TextBlock("Ja: 7")) { Title = "Ergebnis" };

        var json = CardJson.ToJsonNode(new AdaptiveCard([chart]))["body"]![0]!;

        Assert.Equal(
            """{"type":"Chart.HorizontalBar","data":[{"x":"Ja","y":7,"color":"good"}],"title":"Ergebnis","fallback":{"type":"TextBlock","text":"Ja: 7","wrap":true}}""",
            json.ToJsonString());
    }

    [Fact]
    public void A_fallback_can_drop_the_element()
    {
        var card = new AdaptiveCard([new TextBlock("x") { Fallback = ElementFallback.Drop }]);

        Assert.Equal("drop", CardJson.ToJsonNode(card)["body"]![0]!["fallback"]!.GetValue<string>());
    }

    [Fact]
    public void Widths_are_numbers_for_weights_and_strings_otherwise()
    {
        var card = new AdaptiveCard(
        [
            new ColumnSet(
            [
                new Column([]) { Width = ColumnWidth.Auto },
                new Column([]) { Width = ColumnWidth.Relative(2) },
                new Column([]) { Width = ColumnWidth.InPixels(50) },
            ]),
        ]);

        var columns = CardJson.ToJsonNode(card)["body"]![0]!["columns"]!.AsArray();

        Assert.Equal(["\"auto\"", "2", "\"50px\""], columns.Select(c => c!["width"]!.ToJsonString()));
    }

    [Fact]
    public void Umlauts_stay_readable_in_the_json_and_emoji_survive_the_round_trip()
    {
        var json = CardJson.Serialize(new AdaptiveCard([new TextBlock("Grüße 🎉")]));

        // The relaxed encoder keeps Latin letters but still writes characters outside the BMP as \u escapes.
        Assert.Contains("Grüße ", json, StringComparison.Ordinal);
        Assert.Equal("Grüße 🎉", JsonNode.Parse(json)!["body"]![0]!["text"]!.GetValue<string>());
    }

    private static IEnumerable<string> CollectTypes(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj.TryGetPropertyValue("type", out var type) && type is JsonValue value && value.TryGetValue<string>(out var name))
                {
                    yield return name;
                }

                foreach (var (_, child) in obj)
                {
                    foreach (var nested in CollectTypes(child))
                    {
                        yield return nested;
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var nested in CollectTypes(child))
                    {
                        yield return nested;
                    }
                }

                break;
        }
    }
}
