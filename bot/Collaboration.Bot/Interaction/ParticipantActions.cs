using Collaboration.Bot.Cards;
using Collaboration.Bot.Gate;
using Collaboration.Forums.Validation;
using Collaboration.Telemetry;

namespace Collaboration.Bot.Interaction;

/// <summary>
/// A participant's actions, after the gate: answer, submit or support a need, join, see an item or results. A refused
/// answer comes back on the same card with the user's inputs kept, so nothing typed is lost.
/// </summary>
internal sealed class ParticipantActions(ParticipationService participation, ResultsService results, ModeratorActions moderatorActions, CollaborationMetrics metrics)
{
    /// <summary>
    /// The hot path of a forum: one vote. The series is the one the gate read for this action (it checked the item
    /// belongs to it), the answer read from the inputs against the item's spec and stored, and the card built from the
    /// receipt; the full view is loaded only for the rare refusal. A vote the gate let in on this instance's kept copies
    /// whose write found one of them stale wrote nothing and goes through the gate again, on fresh reads.
    /// </summary>
    public async Task<ActionReply> AnswerAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var (text, data, itemId) = (context.Text, context.Action.Data, context.Action.Claims.Items[0]);
        if (await participation.SubmitAnswerAsync(context.Grant, itemId, context.Turn.User, spec => AnswerInputs.Read(spec, data), cancellationToken) is not { } stored)
        {
            return await context.Pass(context.Action with { ReadFresh = true }, cancellationToken);
        }

        if (stored.Succeeded)
        {
            metrics.AnswerStored(stored.Value.View.Item.Spec.KindName);
            var card = ItemCards.Create(text, new ItemCardRequest(stored.Value.View, Personal: true) { Notice = new CardNotice(text["Item.Saved"], IsProblem: false) });
            return new ActionReply(card, [], [itemId]);
        }

        return await RefusedAsync(context, itemId, CardVerb.Answer.Wire(), stored.Rejection, cancellationToken);
    }

    public async Task<ActionReply> SubmitNeedAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var (text, data, itemId) = (context.Text, context.Action.Data, context.Action.Claims.Items[0]);
        var kindText = AnswerInputs.String(data, CardInput.NeedKind.Id());
        var kind = Enum.TryParse<NeedKind>(kindText, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? parsed : (NeedKind?)null;
        var topic = AnswerInputs.String(data, CardInput.NeedTopic.Id()) ?? string.Empty;
        var needText = AnswerInputs.String(data, CardInput.NeedText.Id()) ?? string.Empty;

        // Without a client key (an old or hand-made card) every delivery would count as new; the card always sends one.
        var clientKey = AnswerInputs.String(data, CardData.ClientKey);
        var submitted = kind is null
            ? Outcome<NeedReceipt>.Failure(RejectionCode.UnknownNeedKind, kindText ?? string.Empty)
            : string.IsNullOrWhiteSpace(clientKey) || clientKey.Length > 64
                ? Outcome<NeedReceipt>.Failure(RejectionCode.WrongAnswerKind)
                : await participation.SubmitNeedAsync(itemId, context.Turn.User, kind.Value, topic, needText, clientKey, cancellationToken);
        if (submitted.Succeeded)
        {
            metrics.AnswerStored(submitted.Value.Item.Spec.KindName);
            var card = ItemCards.Create(text, new ItemCardRequest(submitted.Value.View, Personal: true) { Notice = new CardNotice(text["Needs.Saved"], IsProblem: false) });
            return new ActionReply(card, [], [itemId]);
        }

        return await RefusedAsync(context, itemId, CardVerb.SubmitNeed.Wire(), submitted.Rejection, cancellationToken);
    }

    public async Task<ActionReply> SupportNeedAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var text = context.Text;
        var supported = await participation.SupportNeedAsync(context.Action.Claims.NeedId!.Value, context.Turn.User, cancellationToken);
        if (!supported.Succeeded)
        {
            return ActionReply.Only(NoticeCards.Refusal(text, supported.Rejection));
        }

        if (supported.Value.Added)
        {
            metrics.NeedSupported();
        }

        var notice = new CardNotice(text[supported.Value.Added ? "Needs.Supported" : "Needs.AlreadySupported"], IsProblem: false);
        var card = ItemCards.Create(text, new ItemCardRequest(supported.Value.View, Personal: true) { Notice = notice });
        return new ActionReply(card, [], [supported.Value.Item.Id]);
    }

    public async Task<ActionReply> OnboardAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var (text, data, series) = (context.Text, context.Action.Data, context.RequiredSeries);
        var thenItemId = context.Action.Claims.Items.Count > 0 ? context.Action.Claims.Items[0] : (Guid?)null;
        var inputs = AnswerInputs.Strings(data);
        string? Input(string id) => inputs.TryGetValue(id, out var v) ? v : null;
        var joined = await participation.OnboardAsync(series.Id, context.Turn.User, Input(CardInput.Group.Id()) ?? string.Empty, Input(CardInput.Organisation.Id()) ?? string.Empty,
            Input(CardInput.Municipality.Id()), cancellationToken);
        if (!joined.Succeeded)
        {
            return ActionReply.Only(OnboardingCards.Create(text, series, null, thenItemId, new CardNotice(RejectionText.Describe(text, joined.Rejection), IsProblem: true), inputs));
        }

        // The answer that was interrupted by onboarding is submitted now, through the gate like any other action;
        // its own card says whether it was taken.
        if (data[CardData.Pending] is JsonObject pending && CardVerbs.TryRead(AnswerInputs.String(pending, CardData.PendingVerb), out var pendingVerb) && pendingVerb is CardVerb.Answer or CardVerb.SubmitNeed
            && ActionReader.FromCard(AnswerInputs.String(pending, CardData.PendingVerb), pending, context.Turn) is { } waiting)
        {
            return await context.Pass(waiting, cancellationToken);
        }

        var welcome = new CardNotice(text.Format("Onboarding.Done", CardText.Escape(joined.Value.Organisation)), IsProblem: false);
        return ActionReply.Only(thenItemId is { } itemId
            ? await PersonalCardAsync(text, itemId, context, welcome, recentTotals: true, cancellationToken)
            : NoticeCards.Success(text, welcome.Text));
    }

    public async Task<ActionReply> ShowItemAsync(ActionContext context, CancellationToken cancellationToken) =>
        ActionReply.Only(await PersonalCardAsync(context.Text, context.Action.Claims.Items[0], context, null, recentTotals: false, cancellationToken));

    /// <summary>
    /// Typed: the results of one item (by key) posted for everyone, or a summary of the open forum, else of the last
    /// forum that ran. Clicked: the item of the open forum, with the user's own answer.
    /// </summary>
    public async Task<ActionReply> ResultsAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var (text, series, itemKey) = (context.Text, context.RequiredSeries, context.Action.Argument);
        if (itemKey is not null || context.Action.FromCard)
        {
            // Clicked or typed, a key means the item ForumSeries.FindItemByKey says: the open forum's first.
            var item = series.FindItemByKey(itemKey ?? string.Empty);
            if (item is null)
            {
                return ActionReply.Only(NoticeCards.Refusal(text, new Rejection(RejectionCode.ItemNotFound, itemKey ?? string.Empty)));
            }

            return context.Action.FromCard
                ? ActionReply.Only(await PersonalCardAsync(text, item.Id, context, null, recentTotals: false, cancellationToken))
                : ActionReply.Posted(await moderatorActions.ItemPostAsync(text, item.Id, cancellationToken));
        }

        var forum = series.OpenForum ?? series.Forums.LastOrDefault(f => f.Status == ForumStatus.Closed);
        if (forum is null)
        {
            return ActionReply.Only(NoticeCards.Info(text, text["Results.NoForumYet"]));
        }

        var headline = text.Format("Results.ForumHeadline", forum.Number, CardText.Escape(text.Of(forum.Title)));
        return ActionReply.Only(await moderatorActions.SummaryAsync(text, series.Id, forum, headline, cancellationToken));
    }

    private async Task<ActionReply> RefusedAsync(ActionContext context, Guid itemId, string verb, Rejection rejection, CancellationToken cancellationToken)
    {
        var text = context.Text;
        var view = await results.ViewItemAsync(itemId, context.Turn.User, cancellationToken);
        if (!view.Succeeded)
        {
            return ActionReply.Only(NoticeCards.Refusal(text, view.Rejection));
        }

        return rejection.Code == RejectionCode.NotOnboarded
            ? ActionReply.Only(OnboardingCards.Create(text, view.Value.Series, null, itemId, pending: Pending(verb, context.Action.Data)))
            : ActionReply.Only(ItemCards.Create(text, new ItemCardRequest(view.Value, Personal: true)
            {
                Draft = context.Action.Data,
                Notice = new CardNotice(RejectionText.Describe(text, rejection), IsProblem: true),
            }));
    }

    private async Task<AdaptiveCard> PersonalCardAsync(BotText text, Guid itemId, ActionContext context, CardNotice? notice, bool recentTotals, CancellationToken cancellationToken)
    {
        var view = await results.ViewItemAsync(itemId, context.Turn.User, recentTotals, cancellationToken);
        return view.Succeeded
            ? ItemCards.Create(text, new ItemCardRequest(view.Value, Personal: true) { Notice = notice })
            : NoticeCards.Refusal(text, view.Rejection);
    }

    private static JsonObject Pending(string verb, JsonObject data)
    {
        var pending = (JsonObject)data.DeepClone();
        pending[CardData.PendingVerb] = verb;
        return pending;
    }
}
