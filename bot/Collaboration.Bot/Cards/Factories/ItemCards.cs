using System.Globalization;
using Collaboration.Bot.Cards.Model;
using Collaboration.Bot.Localization;
using Collaboration.Forums.Items;
using Collaboration.Forums.Series;
using CardChoice = Collaboration.Bot.Cards.Model.Choice;
using Choice = Collaboration.Forums.Items.Choice;

namespace Collaboration.Bot.Cards.Factories;

/// <summary>
/// The card of one item: the question, the inputs of its kind (while it is open), and the live results.
/// The shared card in the conversation shows empty inputs; the personal card a voter gets back shows their answer.
/// </summary>
internal static class ItemCards
{
    public static AdaptiveCard Create(BotText text, ItemCardRequest request)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(request);
        var (series, forum, item) = (request.View.Series, request.View.Forum, request.View.Item);
        var values = Prefill(request);
        var body = CardParts.StartBody(request.Notice);

        body.Add(CardParts.Subtle(CardText.Escape($"{text.Of(series.Title)} · {text.Format("Forum.Label", forum.Number)} {text.Of(forum.Title)}")));
        body.Add(CardParts.Title(CardText.Escape(text.Of(item.Prompt))));
        if (item.Help is { } help)
        {
            body.Add(new TextBlock(CardText.Escape(text.Of(help))) { IsSubtle = true });
        }

        body.Add(CardParts.Subtle(StatusLine(text, item)));
        var actions = new List<AdaptiveAction>();
        if (item.Status == ItemStatus.Open)
        {
            body.AddRange(Inputs(text, series, item, values));
            actions.Add(new ActionExecute(item.Spec is NeedsCollectionSpec ? CardVerbs.SubmitNeed : CardVerbs.Answer)
            {
                Title = item.Spec is NeedsCollectionSpec ? text["Action.SubmitNeed"] : request.Mine is null ? text["Action.Answer"] : text["Action.ChangeAnswer"],
                Style = ActionStyle.Positive,
                Data = CardData.Of((CardData.ItemId, item.Id), (CardData.ClientKey, item.Spec is NeedsCollectionSpec ? Guid.NewGuid() : null)),
                AssociatedInputs = AssociatedInputs.Auto,
            });
        }

        if (request.Personal && request.Mine is not null)
        {
            body.Add(CardParts.Notice(text.Format("Item.YourAnswer", AnswerText.Describe(text, item, request.Mine)), ContainerStyle.Emphasis));
        }

        if (request.Personal && request.View.MyNeeds.Count > 0)
        {
            body.AddRange(OwnNeedsSection.For(text, request.View.MyNeeds));
        }

        body.AddRange(ResultsSections.For(text, series, item, request.View.Results, withSupportButtons: true));
        if (!request.Personal)
        {
            // For a needs collection the author's own entries, and where a moderator merged them.
            actions.Add(new ActionExecute(CardVerbs.ShowMine)
            {
                Title = item.Spec is NeedsCollectionSpec ? text["Action.ShowMyNeeds"] : text["Action.ShowMine"],
                Data = CardData.Of((CardData.ItemId, item.Id)),
                AssociatedInputs = AssociatedInputs.None,
            });
        }

        return CardParts.Card(body, actions, text.LanguageTag);
    }

    private static string StatusLine(BotText text, ForumItem item)
    {
        var status = text["ItemStatus." + item.Status];
        return item.Anonymous ? status + " · " + text["Item.Anonymous"] : status;
    }

    private static Dictionary<string, string> Prefill(ItemCardRequest request)
    {
        var values = new Dictionary<string, string>(AnswerInputs.Write(request.Mine), StringComparer.Ordinal);
        foreach (var (id, value) in AnswerInputs.Strings(request.Draft))
        {
            values[id] = value;
        }

        return values;
    }

    private static IEnumerable<CardElement> Inputs(BotText text, ForumSeries series, ForumItem item, Dictionary<string, string> values)
    {
        string? Value(string id) => CardParts.Value(values, id);
        List<CardChoice> Choices(IEnumerable<Choice> choices) => [.. choices.Select(c => new CardChoice(text.Of(c.Label), c.Key))];

        switch (item.Spec)
        {
            case SingleChoiceSpec single:
                yield return new InputChoiceSet(CardInputs.Choice, Choices(single.Choices)) { Style = ChoiceInputStyle.Expanded, Value = Value(CardInputs.Choice) };
                break;
            case MultipleChoiceSpec multiple:
                yield return new InputChoiceSet(CardInputs.Choice, Choices(multiple.Choices))
                {
                    Label = text.Format("Item.PickUpTo", multiple.MaxChoices),
                    Style = ChoiceInputStyle.Expanded,
                    IsMultiSelect = true,
                    Value = Value(CardInputs.Choice),
                };
                break;
            case RatingScaleSpec rating:
                yield return new InputChoiceSet(CardInputs.Rating, ScaleChoices(text, rating.Min, rating.Max, rating.MinLabel, rating.MaxLabel))
                {
                    Style = ChoiceInputStyle.Expanded,
                    Value = Value(CardInputs.Rating),
                };
                break;
            case OpenTextSpec open:
                yield return new InputText(CardInputs.Text)
                {
                    Label = text.Format("Item.TextLimit", open.MaxLength),
                    IsMultiline = true,
                    Value = Value(CardInputs.Text),
                };
                break;
            case NeedsCollectionSpec needs:
                yield return new InputChoiceSet(CardInputs.NeedKind, [.. needs.Kinds.Select(k => new CardChoice(text["NeedKind." + k], k.ToString()))])
                {
                    Label = text["Needs.Kind"],
                    Style = ChoiceInputStyle.Compact,
                    Value = Value(CardInputs.NeedKind) ?? needs.Kinds[0].ToString(),
                };
                yield return new InputChoiceSet(CardInputs.NeedTopic, [.. series.Topics.Select(t => new CardChoice(text.Of(t.Name), t.Key))])
                {
                    Label = text["Needs.Topic"],
                    Style = ChoiceInputStyle.Compact,
                    Value = Value(CardInputs.NeedTopic) ?? (series.Topics.Count > 0 ? series.Topics[0].Key : null),
                };
                yield return new InputText(CardInputs.NeedText)
                {
                    Label = text.Format("Needs.Text", needs.MaxLength),
                    IsMultiline = true,
                    Value = Value(CardInputs.NeedText),
                };
                break;
            case PointsSpec points:
                yield return new TextBlock(text.Format("Item.PointsBudget", points.Budget)) { Weight = TextWeight.Bolder };
                foreach (var choice in points.Choices)
                {
                    yield return new InputNumber(CardInputs.PointsPrefix + choice.Key)
                    {
                        Label = text.Of(choice.Label),
                        Min = 0,
                        Max = points.MaxPerChoice ?? points.Budget,
                        Value = AnswerInputs.Integer(Value(CardInputs.PointsPrefix + choice.Key)),
                        Placeholder = "0",
                    };
                }

                break;
            case MatrixChoiceSpec matrix:
                foreach (var row in matrix.Rows)
                {
                    yield return new InputChoiceSet(CardInputs.MatrixCell(row.Key), Choices(matrix.Columns))
                    {
                        Label = text.Of(row.Label),
                        Style = ChoiceInputStyle.Compact,
                        Value = Value(CardInputs.MatrixCell(row.Key)),
                    };
                }

                break;
            case MatrixRatingSpec matrix:
                foreach (var row in matrix.Rows)
                {
                    yield return new TextBlock(CardText.Escape(text.Of(row.Label))) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true };
                    foreach (var column in matrix.Columns)
                    {
                        yield return new InputChoiceSet(CardInputs.MatrixCell(row.Key, column.Key), ScaleChoices(text, matrix.Min, matrix.Max, null, null))
                        {
                            Label = text.Of(column.Label),
                            Style = ChoiceInputStyle.Compact,
                            Value = Value(CardInputs.MatrixCell(row.Key, column.Key)),
                        };
                    }
                }

                break;
        }
    }

    private static List<CardChoice> ScaleChoices(BotText text, int min, int max, Forums.Text.LocalizedText? minLabel, Forums.Text.LocalizedText? maxLabel)
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
}
