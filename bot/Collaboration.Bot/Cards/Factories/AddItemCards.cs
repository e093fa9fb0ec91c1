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
        body.Add(new InputChoiceSet(CardInput.ItemForum.Id(), [.. series.Forums.Select(f => new CardChoice($"{text.Format("Forum.Label", f.Number)} {text.Of(f.Title)}", f.Number.ToString(text.Culture)))])
        {
            Label = text["AddItem.Forum"],
            Style = ChoiceInputStyle.Compact,
            Value = Draft(CardInput.ItemForum.Id()) ?? forumNumber.ToString(text.Culture),
        });
        body.Add(new InputChoiceSet(CardInput.ItemKind.Id(), [.. ItemDraftInputs.Kinds.Select(k => new CardChoice(text["ItemKind." + k], k))])
        {
            Label = text["AddItem.Kind"],
            Style = ChoiceInputStyle.Compact,
            Value = Draft(CardInput.ItemKind.Id()) ?? ItemDraftInputs.Kinds[0],
        });
        body.Add(new InputText(CardInput.ItemKey.Id()) { Label = text["AddItem.Key"], Placeholder = "z. b. prioritaeten", Value = Draft(CardInput.ItemKey.Id()) });
        body.Add(new InputText(CardInput.ItemPromptDe.Id()) { Label = text["AddItem.PromptDe"], Value = Draft(CardInput.ItemPromptDe.Id()) });
        body.Add(new InputText(CardInput.ItemPromptEn.Id()) { Label = text["AddItem.PromptEn"], Value = Draft(CardInput.ItemPromptEn.Id()) });
        body.Add(new InputText(CardInput.ItemOptions.Id()) { Label = text["AddItem.Options"], IsMultiline = true, Value = Draft(CardInput.ItemOptions.Id()) });
        body.Add(new InputNumber(CardInput.ItemLimit.Id()) { Label = text["AddItem.Limit"], Min = 1, Value = AnswerInputs.Integer(Draft(CardInput.ItemLimit.Id())) });
        body.Add(new InputChoiceSet(CardInput.ItemAnonymous.Id(), [new CardChoice(text["AddItem.Named"], "false"), new CardChoice(text["AddItem.Anonymous"], "true")])
        {
            Style = ChoiceInputStyle.Expanded,
            Value = Draft(CardInput.ItemAnonymous.Id()) ?? "false",
        });
        var add = new ActionExecute(CardVerb.AddItem.Wire())
        {
            Title = text["Action.AddItem"],
            Style = ActionStyle.Positive,
            Data = CardData.Of((CardData.SeriesId, series.Id)),
        };
        return CardParts.Card(body, [add], text.LanguageTag);
    }
}
