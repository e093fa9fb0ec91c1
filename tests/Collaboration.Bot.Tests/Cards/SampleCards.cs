using Collaboration.Bot.Cards.Model;
// The card model's Choice (title and value), not the domain's option that the shared domain usings bring.
using Choice = Collaboration.Bot.Cards.Model.Choice;

namespace Collaboration.Bot.Tests.Cards;

/// <summary>Cards built from the model for the tests; <see cref="EveryElement"/> uses every type the model has.</summary>
internal static class SampleCards
{
    public static AdaptiveCard EveryElement()
    {
        var results = new Table(
            [new TableColumn(ColumnWidth.Relative(3)), new TableColumn(ColumnWidth.InPixels(80))],
            [
                new TableRow([TableCell.OfText("Antwort"), TableCell.OfText("Stimmen")]),
                new TableRow([TableCell.OfText("Ja"), TableCell.OfText("7")]),
                new TableRow([TableCell.OfText("Nein"), TableCell.OfText("3")]),
            ])
        {
            FirstRowAsHeader = true,
            ShowGridLines = false,
        };
        var bars = new[] { new BarChartDatum("Ja", 7) { Color = "good" }, new BarChartDatum("Nein", 3) { Color = "attention" } };
        var slices = new[] { new PieChartDatum("Ja", 7), new PieChartDatum("Nein", 3) };
        var voteData = new JsonObject { ["poll"] = "p1", ["kind"] = "vote" };

        return new AdaptiveCard(
        [
            new TextBlock(CardText.Escape("Umfrage: *Grüße* aus Köln 🎉")) { Weight = TextWeight.Bolder, Size = TextSize.Medium },
            new TextBlock("Läuft bis Freitag") { IsSubtle = true, Color = TextColor.Accent, MaxLines = 2, Spacing = Spacing.Small },
            new Container([new TextBlock("In einem Container")]) { Style = ContainerStyle.Emphasis, Separator = true, Id = "details" },
            new ColumnSet(
            [
                new Column([new Image(new Uri("https://example.org/avatar.png")) { AltText = "Avatar", Size = ImageSize.Small }]) { Width = ColumnWidth.Auto },
                new Column([new TextBlock("Erika Mustermann")]) { Width = ColumnWidth.Stretch },
            ]),
            new FactSet([new Fact("Frage", "Kaffee oder Tee?"), new Fact("Stimmen", "10")]),
            results,
            new ChartHorizontalBar(bars, results) { Title = "Ergebnis", XAxisTitle = "Antwort", YAxisTitle = "Stimmen", DisplayMode = HorizontalBarDisplayMode.AbsoluteWithAxis },
            new ChartVerticalBar(bars, new TextBlock("Ja: 7, Nein: 3")) { Title = "Ergebnis", ColorSet = "categorical" },
            new ChartPie(slices, new TextBlock("Ja: 7, Nein: 3")) { Title = "Anteile" },
            new ChartDonut(slices, new TextBlock("Ja: 7, Nein: 3")) { Title = "Anteile" },
            new InputText("comment") { Label = "Kommentar", Placeholder = "Optional", IsMultiline = true, MaxLength = 500 },
            new InputNumber("points") { Label = "Punkte", Min = 0, Max = 10, Value = 5, IsRequired = true, ErrorMessage = "0 bis 10 Punkte" },
            new InputChoiceSet("choice", [new Choice("Ja", "yes"), new Choice("Nein", "no")])
            {
                Label = "Deine Antwort",
                Style = ChoiceInputStyle.Expanded,
                IsMultiSelect = false,
                Value = "yes",
                IsRequired = true,
                ErrorMessage = "Bitte wähle eine Antwort.",
            },
            new ActionSet([new ActionToggleVisibility(["details"]) { Title = "Details" }]),
        ])
        {
            Actions =
            [
                new ActionExecute("vote") { Title = "Abstimmen", Data = voteData, AssociatedInputs = AssociatedInputs.Auto, Style = ActionStyle.Positive },
                new ActionSubmit { Title = "Senden", Data = new JsonObject { ["kind"] = "legacy" } },
                new ActionOpenUrl(new Uri("https://example.org/bericht.pdf")) { Title = "Bericht öffnen" },
                new ActionShowCard(new AdaptiveCard([new InputText("reason") { Label = "Grund" }])
                {
                    Actions = [new ActionExecute("close") { Title = "Schließen", AssociatedInputs = AssociatedInputs.None, Style = ActionStyle.Destructive }],
                })
                {
                    Title = "Schließen…",
                },
            ],
            Refresh = new CardRefresh(new ActionExecute("refresh") { Data = new JsonObject { ["poll"] = "p1" } }, ["29:user-1", "29:user-2"]),
            MsTeams = TeamsCardProperties.FullWidth,
            Lang = "de",
        };
    }
}
