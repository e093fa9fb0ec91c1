using Collaboration.Bot.Cards.Kinds.Shared;
using Collaboration.Forums.Kinds;
using Collaboration.Forums.Kinds.Ranking;
using Choice = Collaboration.Forums.Items.Choice;

namespace Collaboration.Bot.Cards.Kinds.Ranking;

/// <summary>
/// Rangfolge: one compact choice set per place ("Platz 1", "Platz 2", ...) over the same options; results as Borda
/// scores in bars and the distribution of places in a table.
/// </summary>
internal sealed class RankingCard : CardKind<RankingSpec, RankingResults>
{
    public override KindFields FormFields(IReadOnlyList<Choice> options, int? limit) => new() { Choices = options, MaxRanked = limit };

    protected override IEnumerable<CardElement> Inputs(KindCardContext context, RankingSpec spec)
    {
        var text = context.Text;
        yield return CardParts.Subtle(text.Format("Ranking.Hint", spec.MaxRanked));
        var options = KindParts.Choices(text, spec.Choices);
        for (var place = 1; place <= spec.MaxRanked; place++)
        {
            yield return new InputChoiceSet(CardInputs.RankPlace(place), options)
            {
                Label = text.Format("Ranking.Place", place),
                Style = ChoiceInputStyle.Compact,
                Placeholder = text["Ranking.Unranked"],
                Value = context.Value(CardInputs.RankPlace(place)),
            };
        }
    }

    // Places left empty are skipped, so "1 and 3 filled" is a ranking of two; the domain refuses repeats and unknown keys.
    protected override Answer? Read(RankingSpec spec, JsonObject inputs) => new RankingAnswer([.. Enumerable.Range(1, spec.MaxRanked)
        .Select(place => AnswerInputs.String(inputs, CardInputs.RankPlace(place))?.Trim())
        .Where(key => !string.IsNullOrEmpty(key))
        .Select(key => key!)]);

    protected override void Write(RankingSpec spec, Answer answer, IDictionary<string, string> values)
    {
        if (answer is RankingAnswer ranking)
        {
            for (var i = 0; i < ranking.OrderedKeys.Count; i++)
            {
                values[CardInputs.RankPlace(i + 1)] = ranking.OrderedKeys[i];
            }
        }
    }

    protected override string Describe(BotText text, RankingSpec spec, Answer answer) => answer is RankingAnswer a
        ? string.Join(", ", a.OrderedKeys.Select((key, i) => $"{i + 1}. {KindParts.Label(text, spec.Choices, key)}"))
        : string.Empty;

    protected override IEnumerable<CardElement> Results(KindCardContext context, RankingResults results)
    {
        var text = context.Text;
        yield return CardParts.Subtle(text.Format("Results.BordaExplained", results.Places));
        foreach (var bars in KindParts.Bars(text,
            results.Tallies.Select(t => (text.Of(t.Choice.Label), (double)t.Score, t.MeanPlace is { } mean ? text.Number(mean) : "–")),
            [text["Results.Option"], text["Results.Score"], text["Results.MeanPlace"]]))
        {
            yield return bars;
        }

        yield return new TextBlock(text["Results.PlaceDistribution"]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };
        yield return KindParts.Table(
            [text["Results.Option"], .. Enumerable.Range(1, results.Places).Select(p => text.Format("Ranking.PlaceShort", p))],
            results.Tallies.Select(t => (IReadOnlyList<string>)[text.Of(t.Choice.Label), .. t.PlaceCounts.Select(c => text.Number(c, 0))]));
    }

    protected override string? Lead(BotText text, RankingResults results) => results.Tallies.Count == 0 ? null
        : KindParts.Lead(text.Of(results.Tallies[0].Choice.Label), text.Format("Results.Borda", results.Tallies[0].Score));
}
