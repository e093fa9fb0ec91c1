using Collaboration.Forums.Templates;
using CardChoice = Collaboration.Bot.Cards.Model.Choice;

namespace Collaboration.Bot.Cards.Factories;

/// <summary>The overview of a series: its forums with their status, and the moderator's buttons to steer them.</summary>
internal static class SeriesCards
{
    public static AdaptiveCard Overview(BotText text, ForumSeries series, bool forModerator, CardNotice? notice = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(series);
        var body = CardParts.StartBody(notice);

        body.Add(CardParts.Title(CardText.Escape(text.Of(series.Title))));
        if (series.Goal is { } goal)
        {
            body.Add(new TextBlock(CardText.Escape(text.Of(goal))) { IsSubtle = true });
        }

        foreach (var forum in series.Forums)
        {
            body.Add(CardParts.Heading($"{text.Format("Forum.Label", forum.Number)} {CardText.Escape(text.Of(forum.Title))}"));
            body.Add(CardParts.Subtle($"{text["ForumStatus." + forum.Status]} · {text.Format("Forum.Items", forum.Items.Count)}"));
            if (forum.Status == ForumStatus.Open)
            {
                body.Add(new FactSet([.. forum.Items.Select(i => new Fact(CardText.Escape(i.Key), CardText.Escape(text.Of(i.Prompt)) + " (" + text["ItemStatus." + i.Status] + ")"))]));
            }

            if (forModerator)
            {
                body.Add(new ActionSet([.. ForumActions(text, series, forum)]));
                if (forum.Status == ForumStatus.Open && forum.Items.Count > 0)
                {
                    body.AddRange(ItemActions(text, series, forum));
                }
            }
        }

        return CardParts.Card(body, lang: text.LanguageTag);
    }

    /// <summary>The form behind "serie anlegen" without a template name: pick a shipped template or paste one.</summary>
    public static AdaptiveCard CreateForm(BotText text, IReadOnlyList<string> templates)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(templates);
        var body = new List<CardElement>
        {
            CardParts.Title(text["CreateSeries.Title"]),
            new TextBlock(text["CreateSeries.Intro"]),
            new InputChoiceSet(CardInput.Template.Id(), [.. templates.Select(t => new CardChoice(t, t))])
            {
                Label = text["CreateSeries.Template"],
                Style = ChoiceInputStyle.Compact,
                Value = templates.Count > 0 ? templates[0] : null,
            },
            new InputText(CardInput.TemplateText.Id()) { Label = text["CreateSeries.Paste"], IsMultiline = true },
        };
        var create = new ActionExecute(CardVerb.CreateSeries.Wire()) { Title = text["Action.CreateSeries"], Style = ActionStyle.Positive, Data = CardData.Of() };
        return CardParts.Card(body, [create], text.LanguageTag);
    }

    /// <summary>The answer to "serie anlegen NAME" with a name that is no shipped template: the name as typed, and the ones there are.</summary>
    public static AdaptiveCard UnknownTemplate(BotText text, string? typedName)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NoticeCards.Info(text, text.Format("Templates.Unknown", CardText.EscapeAndTruncate(typedName, 80),
            CardText.Escape(string.Join(", ", SeriesTemplates.BuiltIn))));
    }

    /// <summary>The same as "frage öffnen/schließen" and "ergebnisse" by command: pick a question, press a button.</summary>
    private static IEnumerable<CardElement> ItemActions(BotText text, ForumSeries series, Forum forum)
    {
        yield return new InputChoiceSet(CardInput.SelectedItem.Id(), [.. forum.Items.Select(i => new CardChoice(text.Of(i.Prompt), i.Key))])
        {
            Label = text["Moderation.Item"],
            Style = ChoiceInputStyle.Compact,
            Value = forum.Items[0].Key,
        };
        var data = CardData.Of((CardData.SeriesId, series.Id));
        yield return new ActionSet(
        [
            new ActionExecute(CardVerb.OpenItem.Wire()) { Title = text["Action.OpenItem"], Data = data },
            new ActionExecute(CardVerb.CloseItem.Wire()) { Title = text["Action.CloseItem"], Data = data, Style = ActionStyle.Destructive },
            new ActionExecute(CardVerb.Results.Wire()) { Title = text["Action.ShowResults"], Data = data },
            new ActionExecute(CardVerb.SendPrivately.Wire()) { Title = text["Action.SendPrivately"], Data = data },
            new ActionExecute(CardVerb.Remind.Wire()) { Title = text["Action.Remind"], Data = data },
        ]);
    }

    /// <summary>The moderator's button for a forum: start it while it is not open, close it while it is.</summary>
    public static ActionExecute SteerForumAction(BotText text, ForumSeries series, Forum forum)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(forum);
        var data = CardData.Of((CardData.SeriesId, series.Id), (CardData.Forum, forum.Number));
        return forum.Status != ForumStatus.Open
            ? new ActionExecute(CardVerb.StartForum.Wire())
            {
                Title = text.Format("Action.StartForum", forum.Number),
                Data = data,
                AssociatedInputs = AssociatedInputs.None,
                Style = ActionStyle.Positive,
            }
            : new ActionExecute(CardVerb.CloseForum.Wire())
            {
                Title = text.Format("Action.CloseForum", forum.Number),
                Data = data,
                AssociatedInputs = AssociatedInputs.None,
                Style = ActionStyle.Destructive,
            };
    }

    private static IEnumerable<AdaptiveAction> ForumActions(BotText text, ForumSeries series, Forum forum)
    {
        yield return SteerForumAction(text, series, forum);

        if (forum.Items.Any(i => i.CarryOver is not null) && forum.Status != ForumStatus.Closed)
        {
            yield return new ActionExecute(CardVerb.CarryOver.Wire())
            {
                Title = text.Format("Action.CarryOver", forum.Number),
                Data = CardData.Of((CardData.SeriesId, series.Id), (CardData.Forum, forum.Number)),
                AssociatedInputs = AssociatedInputs.None,
            };
        }
    }
}
