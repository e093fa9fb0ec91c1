using CardChoice = Collaboration.Bot.Cards.Model.Choice;
using Choice = Collaboration.Forums.Items.Choice;

namespace Collaboration.Bot.Cards.Kinds.Shared;

/// <summary>Card pieces several kinds share: option lists, scales, bar charts with their table fallback, short tables.</summary>
internal static class KindParts
{
    public const int LabelLength = 60;

    public static List<CardChoice> Choices(BotText text, IEnumerable<Choice> choices) => [.. choices.Select(c => new CardChoice(text.Of(c.Label), c.Key))];

    /// <summary>An option's label for the answer in words; a key no longer among the options shows as itself.</summary>
    public static string Label(BotText text, IEnumerable<Choice> choices, string key) =>
        CardText.Escape(choices.FirstOrDefault(c => c.Key == key) is { } c ? text.Of(c.Label) : key);

    public static List<CardChoice> ScaleChoices(BotText text, int min, int max, LocalizedText? minLabel, LocalizedText? maxLabel)
    {
        var choices = new List<CardChoice>();
        for (var value = min; value <= max; value++)
        {
            var number = value.ToString(CultureInfo.InvariantCulture);
            var label = value == min && minLabel is not null ? $"{number} – {text.Of(minLabel)}"
                : value == max && maxLabel is not null ? $"{number} – {text.Of(maxLabel)}"
                : number;
            choices.Add(new CardChoice(label, number));
        }

        return choices;
    }

    public static string Lead(string label, string figure) => CardText.EscapeAndTruncate(label, LabelLength) + " (" + figure + ")";

    /// <summary>A horizontal bar chart whose fallback table carries the same numbers and a third column.</summary>
    public static IEnumerable<CardElement> Bars(BotText text, IEnumerable<(string Label, double Value, string Share)> bars, string[]? header = null)
    {
        var list = bars.ToList();
        var table = Table(header ?? [text["Results.Option"], text["Results.Count"], text["Results.Share"]], list.Select(b => (b.Label, text.Number(b.Value, 0), b.Share)));
        yield return new ChartHorizontalBar([.. list.Select(b => new BarChartDatum(CardText.Truncate(b.Label, LabelLength), b.Value))], table)
        {
            ColorSet = "categorical",
        };
    }

    public static Table Table(string[] header, IEnumerable<(string A, string B, string C)> rows) =>
        Table(header, rows.Select(r => (IReadOnlyList<string>)[r.A, r.B, r.C]));

    /// <summary>A table whose first column is a label (three times as wide) and the rest figures.</summary>
    public static Table Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var body = rows.Select(r => new TableRow([
            TableCell.OfText(CardText.EscapeAndTruncate(r[0], LabelLength)),
            .. r.Skip(1).Select(cell => TableCell.OfText(CardText.Escape(cell))),
        ]));
        var head = new TableRow([.. header.Select(h => TableCell.OfText(h))]);
        return new Table([new TableColumn(ColumnWidth.Relative(3)), .. header.Skip(1).Select(_ => new TableColumn(ColumnWidth.Relative(1)))], [head, .. body])
        {
            FirstRowAsHeader = true,
            ShowGridLines = false,
        };
    }
}
