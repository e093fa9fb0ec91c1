using Collaboration.Forums.Participants;
using Collaboration.Forums.Privacy;
using CardChoice = Collaboration.Bot.Cards.Model.Choice;

namespace Collaboration.Bot.Cards.Factories;

/// <summary>
/// Asks once per series for the stakeholder group and organisation. When it interrupts an answer,
/// <paramref name="thenItemId"/> brings the user back to that item afterwards, and <paramref name="pending"/>
/// (the interrupted action's data) is submitted then, so the answer given before joining is not lost.
/// </summary>
internal static class OnboardingCards
{
    public static AdaptiveCard Create(BotText text, ForumSeries series, Participant? current, Guid? thenItemId, CardNotice? notice = null,
        IReadOnlyDictionary<string, string>? draft = null, JsonObject? pending = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(series);
        string? Draft(string id) => CardParts.Value(draft, id);
        var body = CardParts.StartBody(notice);

        body.Add(CardParts.Title(text["Onboarding.Title"]));
        body.Add(new TextBlock(text.Format("Onboarding.Intro", CardText.Escape(text.Of(series.Title)))));
        body.Add(new InputChoiceSet(CardInput.Group.Id(), [.. series.Groups.Select(g => new CardChoice(text.Of(g.Name), g.Key))])
        {
            Label = text["Onboarding.Group"],
            Style = ChoiceInputStyle.Expanded,
            IsRequired = true,
            ErrorMessage = text["Onboarding.GroupMissing"],
            Value = Draft(CardInput.Group.Id()) ?? current?.GroupKey,
        });
        // The template decides what is asked at all (data minimisation); the rule in the domain follows the same setting.
        if (series.Minimisation.Organisation != FieldUse.Off)
        {
            body.Add(new InputText(CardInput.Organisation.Id())
            {
                Label = text["Onboarding.Organisation"],
                IsRequired = series.Minimisation.Organisation == FieldUse.Required,
                ErrorMessage = text["Onboarding.OrganisationMissing"],
                Value = Draft(CardInput.Organisation.Id()) ?? current?.Organisation,
            });
        }

        if (series.Minimisation.Municipality != FieldUse.Off)
        {
            body.Add(new InputText(CardInput.Municipality.Id())
            {
                Label = text["Onboarding.Municipality"],
                Value = Draft(CardInput.Municipality.Id()) ?? current?.Municipality,
            });
        }

        body.Add(CardParts.Subtle(text.Format("Onboarding.Privacy", series.MinGroupSize)));
        body.Add(CardParts.Subtle(text["Onboarding.Rights"]));
        var data = CardData.Of((CardData.SeriesId, series.Id), (CardData.ThenItemId, thenItemId));
        if (pending is not null)
        {
            data[CardData.Pending] = pending.DeepClone();
        }

        var save = new ActionExecute(CardVerb.Onboard.Wire())
        {
            Title = text["Action.Save"],
            Style = ActionStyle.Positive,
            Data = data,
            AssociatedInputs = AssociatedInputs.Auto,
        };
        return CardParts.Card(body, [save], text.LanguageTag);
    }
}
