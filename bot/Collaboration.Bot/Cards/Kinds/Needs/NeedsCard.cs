using Collaboration.Forums.Kinds;
using CardChoice = Collaboration.Bot.Cards.Model.Choice;
using Choice = Collaboration.Forums.Items.Choice;

namespace Collaboration.Bot.Cards.Kinds.Needs;

/// <summary>Needs are filed one entry at a time (verb SubmitNeed), never as an answer: no answer to read, write or describe.</summary>
internal sealed class NeedsCard : CardKind<NeedsCollectionSpec, NeedsResults>
{
    private const int NeedsShown = 5;


    public override KindFields FormFields(IReadOnlyList<Choice> options, int? limit) => new() { MaxLength = limit };

    protected override IEnumerable<CardElement> Inputs(KindCardContext context, NeedsCollectionSpec spec)
    {
        var (text, series) = (context.Text, context.Series);
        yield return new InputChoiceSet(CardInput.NeedKind.Id(), [.. spec.Kinds.Select(k => new CardChoice(text["NeedKind." + k], k.ToString()))])
        {
            Label = text["Needs.Kind"],
            Style = ChoiceInputStyle.Compact,
            Value = context.Value(CardInput.NeedKind.Id()) ?? spec.Kinds[0].ToString(),
        };
        yield return new InputChoiceSet(CardInput.NeedTopic.Id(), [.. series.Topics.Select(t => new CardChoice(text.Of(t.Name), t.Key))])
        {
            Label = text["Needs.Topic"],
            Style = ChoiceInputStyle.Compact,
            Value = context.Value(CardInput.NeedTopic.Id()) ?? (series.Topics.Count > 0 ? series.Topics[0].Key : null),
        };
        yield return new InputText(CardInput.NeedText.Id())
        {
            Label = text.Format("Needs.Text", spec.MaxLength),
            IsMultiline = true,
            Value = context.Value(CardInput.NeedText.Id()),
        };
    }

    protected override Answer? Read(NeedsCollectionSpec spec, JsonObject inputs) => null;

    protected override void Write(NeedsCollectionSpec spec, Answer answer, IDictionary<string, string> values)
    {
    }

    protected override string Describe(BotText text, NeedsCollectionSpec spec, Answer answer) => string.Empty;

    protected override IEnumerable<CardElement> Results(KindCardContext context, NeedsResults results)
    {
        var (text, series, item) = (context.Text, context.Series, context.Item);
        yield return CardParts.Subtle(string.Join(" · ", Enum.GetValues<NeedKind>().Select(k => text["NeedKind." + k] + ": " + results.CountOf(k))));
        foreach (var need in results.Ranking.Take(NeedsShown))
        {
            var topic = series.Topics.FirstOrDefault(t => t.Key == need.TopicKey) is { } found ? text.Of(found.Name) : need.TopicKey;
            var line = new TextBlock($"{need.Rank}. {CardText.EscapeAndTruncate(need.Text, 200)}") { Spacing = Spacing.Small };
            var merged = need.IsMerged ? " · " + text.Format("Results.MergedFrom", need.Sources.Count) : string.Empty;
            var meta = CardParts.Subtle($"{text["NeedKind." + need.Kind]} · {CardText.Escape(topic)} · {text.Format("Results.Supporters", need.Supporters)}{merged}");
            if (!context.WithSupportButtons || item.Status != ItemStatus.Open)
            {
                yield return line;
                yield return meta;
                continue;
            }

            var support = new ActionExecute(CardVerb.SupportNeed.Wire())
            {
                Title = text["Action.Support"],
                Data = CardData.Of((CardData.NeedId, need.NeedId)),
                AssociatedInputs = AssociatedInputs.None,
            };
            yield return new ColumnSet(
            [
                new Column([line, meta]) { Width = ColumnWidth.Stretch },
                new Column([new ActionSet([support])]) { Width = ColumnWidth.Auto },
            ]);
        }

        if (results.Ranking.Count > NeedsShown)
        {
            yield return CardParts.Subtle(text.Format("Results.MoreNeeds", results.Ranking.Count - NeedsShown));
        }
    }
}
