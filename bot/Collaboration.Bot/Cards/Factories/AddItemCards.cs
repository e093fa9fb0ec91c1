using CardChoice = Collaboration.Bot.Cards.Model.Choice;

namespace Collaboration.Bot.Cards.Factories;

/// <summary>The moderator's form to add a question to a forum from Teams.</summary>
internal static class AddItemCards
{
    public static AdaptiveCard Create(BotText text, ForumSeries series, int forumNumber, CardNotice? notice = null, IReadOnlyDictionary<string, string>? draft = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(series);
        string? Draft(string id) => CardParts.Value(draft, id);
        var body = CardParts.StartBody(notice);

        body.Add(CardParts.Title(text["AddItem.Title"]));
        body.Add(new InputChoiceSet(CardInputs.ItemForum, [.. series.Forums.Select(f => new CardChoice($"{text.Format("Forum.Label", f.Number)} {text.Of(f.Title)}", f.Number.ToString(text.Culture)))])
        {
            Label = text["AddItem.Forum"],
            Style = ChoiceInputStyle.Compact,
            Value = Draft(CardInputs.ItemForum) ?? forumNumber.ToString(text.Culture),
        });
        body.Add(new InputChoiceSet(CardInputs.ItemKind, [.. ItemDraftInputs.Kinds.Select(k => new CardChoice(text["ItemKind." + k], k))])
        {
            Label = text["AddItem.Kind"],
            Style = ChoiceInputStyle.Compact,
            Value = Draft(CardInputs.ItemKind) ?? ItemDraftInputs.Kinds[0],
        });
        body.Add(new InputText(CardInputs.ItemKey) { Label = text["AddItem.Key"], Placeholder = "z. b. prioritaeten", Value = Draft(CardInputs.ItemKey) });
        body.Add(new InputText(CardInputs.ItemPromptDe) { Label = text["AddItem.PromptDe"], Value = Draft(CardInputs.ItemPromptDe) });
        body.Add(new InputText(CardInputs.ItemPromptEn) { Label = text["AddItem.PromptEn"], Value = Draft(CardInputs.ItemPromptEn) });
        body.Add(new InputText(CardInputs.ItemOptions) { Label = text["AddItem.Options"], IsMultiline = true, Value = Draft(CardInputs.ItemOptions) });
        body.Add(new InputNumber(CardInputs.ItemLimit) { Label = text["AddItem.Limit"], Min = 1, Value = AnswerInputs.Integer(Draft(CardInputs.ItemLimit)) });
        body.Add(new InputChoiceSet(CardInputs.ItemAnonymous, [new CardChoice(text["AddItem.Named"], "false"), new CardChoice(text["AddItem.Anonymous"], "true")])
        {
            Style = ChoiceInputStyle.Expanded,
            Value = Draft(CardInputs.ItemAnonymous) ?? "false",
        });
        var add = new ActionExecute(CardVerbs.AddItem)
        {
            Title = text["Action.AddItem"],
            Style = ActionStyle.Positive,
            Data = CardData.Of((CardData.SeriesId, series.Id)),
        };
        return CardParts.Card(body, [add], text.LanguageTag);
    }
}
