using Collaboration.Bot.Cards;
using Collaboration.Bot.Gate;
using Collaboration.Forums.Templates;

namespace Collaboration.Bot.Interaction;

/// <summary>
/// Creating a series and adding items to it, after the gate. A chat that has a series is bound to a new one only
/// after its moderator confirmed, so the old series' cards there stop working on purpose, not by a stray command.
/// </summary>
internal sealed class SeriesSetup(ResultsService results, ModeratorActions moderatorActions)
{
    private const string DefaultTemplate = "rdz-salzlandkreis";

    public async Task<ActionReply> CreateAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var (text, action) = (context.Text, context.Action);
        var pasted = action.FromCard ? AnswerInputs.String(action.Data, CardInput.TemplateText.Id()) : null;
        if (!action.FromCard && action.Argument is null)
        {
            return ActionReply.Only(SeriesCards.CreateForm(text, SeriesTemplates.BuiltIn));
        }

        var name = action.Argument is "standard" or "default" ? DefaultTemplate : action.Argument;
        var template = string.IsNullOrWhiteSpace(pasted) ? SeriesTemplates.ReadBuiltIn(name ?? string.Empty) : pasted;
        if (template is null)
        {
            return ActionReply.Only(SeriesCards.UnknownTemplate(text, name));
        }

        // The gate let only a moderator of the chat's series through; the confirmation must name that very series.
        if (context.Series is { } bound && !(action.Confirmed && action.Claims.SeriesId == bound.Id))
        {
            var data = CardData.Of((CardData.SeriesId, bound.Id));
            data[string.IsNullOrWhiteSpace(pasted) ? CardInput.Template.Id() : CardInput.TemplateText.Id()] = string.IsNullOrWhiteSpace(pasted) ? name : pasted;
            var message = text.Format("Series.ConfirmRebind", CardText.Escape(text.Of(bound.Title)));
            return ActionReply.Only(ConfirmationCards.Create(text, message, CardVerb.CreateSeries.Wire(), data));
        }

        return (await moderatorActions.CreateSeriesAsync(template, context.Turn, cancellationToken)).AsActionReply();
    }

    public async Task<ActionReply> AddItemAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var (text, series) = (context.Text, context.RequiredSeries);
        var inputs = AnswerInputs.Strings(context.Action.Data);
        var (forum, draft) = ItemDraftInputs.Read(inputs);
        var outcome = forum is null || draft is null
            ? null
            : await moderatorActions.AddItemAsync(context.Grant, forum.Value, draft, context.Turn, cancellationToken);
        if (outcome is { Refusal: null })
        {
            return outcome.AsActionReply();
        }

        // The form comes back with the moderator's inputs and the problem, on the series as it is now.
        var current = await results.GetSeriesAsync(series.Id, cancellationToken);
        if (!current.Succeeded)
        {
            return ActionReply.Only(NoticeCards.Refusal(text, current.Rejection));
        }

        var problem = outcome?.Refusal is { } refusal ? RejectionText.Describe(text, refusal) : text["AddItem.Incomplete"];
        return ActionReply.Only(AddItemCards.Create(text, current.Value, forum ?? 1, new CardNotice(problem, IsProblem: true), inputs));
    }
}
