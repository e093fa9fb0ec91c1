using System.Text.Json.Nodes;
using Collaboration.Bot.Cards;
using Collaboration.Bot.Cards.Factories;
using Collaboration.Bot.Cards.Model;
using Collaboration.Bot.Localization;
using Collaboration.Forums.Application;
using Collaboration.Forums.Items;
using Collaboration.Forums.Store;
using Collaboration.Forums.Validation;

namespace Collaboration.Bot.Interaction;

/// <summary>
/// Answers Action.Execute buttons: reads the verb and data into a use case call and the outcome into the card
/// that replaces the clicked one for the clicking user. A refused answer comes back on the same card with the
/// user's inputs kept, so nothing typed is lost; so does an answer that could not be stored because the database
/// was out of reach.
/// </summary>
internal sealed class CardActionHandler(
    ForumService forums, Steering steering, ArchiveDesk archives, FanOutDesk fanOuts, PrivacyDesk privacy, ILogger<CardActionHandler> logger)
{
    public async Task<ActionReply> HandleAsync(string? verb, JsonObject data, TurnInfo turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(turn);
        try
        {
            return await DispatchAsync(verb, data, turn, cancellationToken);
        }
        catch (StoreUnavailableException unavailable)
        {
            // Each store call is atomic, so nothing half-done stays behind; the card lets the user send the same again.
            InteractionLog.StoreUnavailableForAction(logger, unavailable, verb ?? string.Empty);
            return ActionReply.Only(UnavailableCards.ForAction(BotText.For(turn.Language), verb, data));
        }
    }

    private async Task<ActionReply> DispatchAsync(string? verb, JsonObject data, TurnInfo turn, CancellationToken cancellationToken)
    {
        var text = BotText.For(turn.Language);
        var itemId = Id(data, CardData.ItemId);
        var seriesId = Id(data, CardData.SeriesId);
        var forum = AnswerInputs.Integer(AnswerInputs.String(data, CardData.Forum));
        switch (verb)
        {
            case CardVerbs.Answer when itemId is { } id:
                return await AnswerAsync(text, id, data, turn, cancellationToken);
            case CardVerbs.SubmitNeed when itemId is { } id:
                return await SubmitNeedAsync(text, id, data, turn, cancellationToken);
            case CardVerbs.SupportNeed when Id(data, CardData.NeedId) is { } needId:
                return await SupportNeedAsync(text, needId, turn, cancellationToken);
            case CardVerbs.ShowMine or CardVerbs.ShowResults when itemId is { } id:
                return ActionReply.Only(await PersonalCardAsync(text, id, turn, null, recentTotals: false, cancellationToken));
            case CardVerbs.Onboard when seriesId is { } id:
                return await OnboardAsync(text, id, Id(data, CardData.ThenItemId), data, turn, cancellationToken);
            case CardVerbs.StartForum when seriesId is { } id && forum is { } number:
                return (await steering.StartForumAsync(id, number, turn, cancellationToken)).AsActionReply();
            case CardVerbs.CloseForum when seriesId is { } id && forum is { } number:
                return (await steering.CloseForumAsync(id, number, turn, cancellationToken)).AsActionReply();
            case CardVerbs.CarryOver when seriesId is { } id && forum is { } number:
                return (await steering.CarryOverAsync(id, number, turn, cancellationToken)).AsActionReply();
            case CardVerbs.OpenItem or CardVerbs.CloseItem when seriesId is { } id && AnswerInputs.String(data, CardInputs.SelectedItem) is { } key:
                return (await steering.SetItemStatusAsync(id, key, verb == CardVerbs.OpenItem, turn, cancellationToken)).AsActionReply();
            case CardVerbs.SendPrivately when seriesId is { } id && AnswerInputs.String(data, CardInputs.SelectedItem) is { } key:
                return ActionReply.Only(await fanOuts.SendPrivatelyAsync(text, id, key, turn, cancellationToken));
            case CardVerbs.Remind when seriesId is { } id && AnswerInputs.String(data, CardInputs.SelectedItem) is { } key:
                return ActionReply.Only(await fanOuts.RemindAsync(text, id, key, turn, cancellationToken));
            case CardVerbs.ShowResults when seriesId is { } id && AnswerInputs.String(data, CardInputs.SelectedItem) is { } key:
                return ActionReply.Only(await ResultsOfAsync(text, id, key, turn, cancellationToken));
            case CardVerbs.RetryArchive when seriesId is { } id && Id(data, CardData.JobId) is { } jobId:
                return ActionReply.Only(await archives.RetryAsync(text, id, jobId, turn.User, cancellationToken));
            case CardVerbs.EraseData:
                return ActionReply.Only(await privacy.EraseAsync(text, AnswerInputs.String(data, CardData.Subject), turn, cancellationToken));
            case CardVerbs.CreateSeries:
                return await CreateSeriesAsync(text, data, turn, cancellationToken);
            case CardVerbs.AddItem when seriesId is { } id:
                return await AddItemAsync(text, id, data, turn, cancellationToken);
            default:
                return ActionReply.Only(NoticeCards.Info(text, text["Action.Unknown"]));
        }
    }

    /// <summary>
    /// The hot path of a forum: one vote. The item is loaded once, the answer read from the inputs against its spec
    /// and stored, and the card built from the receipt; the full view is loaded only for the rare refusal.
    /// </summary>
    private async Task<ActionReply> AnswerAsync(BotText text, Guid itemId, JsonObject data, TurnInfo turn, CancellationToken cancellationToken)
    {
        var stored = await forums.SubmitAnswerAsync(itemId, turn.User, spec => AnswerInputs.Read(spec, data), cancellationToken);
        if (stored.Succeeded)
        {
            var card = ItemCards.Create(text, new ItemCardRequest(stored.Value.View, Personal: true) { Notice = new CardNotice(text["Item.Saved"], IsProblem: false) });
            return new ActionReply(card, [], [itemId]);
        }

        var view = await forums.ViewItemAsync(itemId, turn.User, cancellationToken);
        if (!view.Succeeded)
        {
            return ActionReply.Only(NoticeCards.Refusal(text, view.Rejection));
        }

        return stored.Rejection.Code == RejectionCode.NotOnboarded
            ? ActionReply.Only(OnboardingCards.Create(text, view.Value.Series, null, itemId, pending: Pending(CardVerbs.Answer, data)))
            : ActionReply.Only(ItemCard(text, view.Value, data, stored.Rejection));
    }

    private async Task<ActionReply> SubmitNeedAsync(BotText text, Guid itemId, JsonObject data, TurnInfo turn, CancellationToken cancellationToken)
    {
        var kindText = AnswerInputs.String(data, CardInputs.NeedKind);
        var kind = Enum.TryParse<NeedKind>(kindText, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? parsed : (NeedKind?)null;
        var topic = AnswerInputs.String(data, CardInputs.NeedTopic) ?? string.Empty;
        var needText = AnswerInputs.String(data, CardInputs.NeedText) ?? string.Empty;

        // Without a client key (an old or hand-made card) every delivery would count as new; the card always sends one.
        var clientKey = AnswerInputs.String(data, CardData.ClientKey);
        var submitted = kind is null
            ? Outcome<NeedReceipt>.Failure(RejectionCode.UnknownNeedKind, kindText ?? string.Empty)
            : string.IsNullOrWhiteSpace(clientKey) || clientKey.Length > 64
                ? Outcome<NeedReceipt>.Failure(RejectionCode.WrongAnswerKind)
                : await forums.SubmitNeedAsync(itemId, turn.User, kind.Value, topic, needText, clientKey, cancellationToken);
        if (submitted.Succeeded)
        {
            var card = ItemCards.Create(text, new ItemCardRequest(submitted.Value.View, Personal: true) { Notice = new CardNotice(text["Needs.Saved"], IsProblem: false) });
            return new ActionReply(card, [], [itemId]);
        }

        var view = await forums.ViewItemAsync(itemId, turn.User, cancellationToken);
        if (!view.Succeeded)
        {
            return ActionReply.Only(NoticeCards.Refusal(text, view.Rejection));
        }

        return submitted.Rejection.Code == RejectionCode.NotOnboarded
            ? ActionReply.Only(OnboardingCards.Create(text, view.Value.Series, null, itemId, pending: Pending(CardVerbs.SubmitNeed, data)))
            : ActionReply.Only(ItemCard(text, view.Value, data, submitted.Rejection));
    }

    private async Task<ActionReply> SupportNeedAsync(BotText text, Guid needId, TurnInfo turn, CancellationToken cancellationToken)
    {
        var supported = await forums.SupportNeedAsync(needId, turn.User, cancellationToken);
        if (!supported.Succeeded)
        {
            return ActionReply.Only(NoticeCards.Refusal(text, supported.Rejection));
        }

        var notice = new CardNotice(text[supported.Value.Added ? "Needs.Supported" : "Needs.AlreadySupported"], IsProblem: false);
        var card = ItemCards.Create(text, new ItemCardRequest(supported.Value.View, Personal: true) { Notice = notice });
        return new ActionReply(card, [], [supported.Value.Item.Id]);
    }

    private async Task<ActionReply> OnboardAsync(BotText text, Guid seriesId, Guid? thenItemId, JsonObject data, TurnInfo turn, CancellationToken cancellationToken)
    {
        var inputs = AnswerInputs.Strings(data);
        string? Input(string id) => inputs.TryGetValue(id, out var v) ? v : null;
        var joined = await forums.OnboardAsync(seriesId, turn.User, Input(CardInputs.Group) ?? string.Empty, Input(CardInputs.Organisation) ?? string.Empty,
            Input(CardInputs.Municipality), cancellationToken);
        if (!joined.Succeeded)
        {
            var series = await forums.GetSeriesAsync(seriesId, cancellationToken);
            return ActionReply.Only(series.Succeeded
                ? OnboardingCards.Create(text, series.Value, null, thenItemId, new CardNotice(RejectionText.Describe(text, joined.Rejection), IsProblem: true), inputs)
                : NoticeCards.Refusal(text, joined.Rejection));
        }

        // The answer that was interrupted by onboarding is submitted now; its own card says whether it was taken.
        if (data[CardData.Pending] is JsonObject pending && AnswerInputs.String(pending, CardData.PendingVerb) is CardVerbs.Answer or CardVerbs.SubmitNeed)
        {
            return await DispatchAsync(AnswerInputs.String(pending, CardData.PendingVerb), pending, turn, cancellationToken);
        }

        var welcome = new CardNotice(text.Format("Onboarding.Done", CardText.Escape(joined.Value.Organisation)), IsProblem: false);
        return ActionReply.Only(thenItemId is { } itemId
            ? await PersonalCardAsync(text, itemId, turn, welcome, recentTotals: true, cancellationToken)
            : NoticeCards.Success(text, welcome.Text));
    }

    private async Task<ActionReply> CreateSeriesAsync(BotText text, JsonObject data, TurnInfo turn, CancellationToken cancellationToken)
    {
        var pasted = AnswerInputs.String(data, CardInputs.TemplateText);
        var template = string.IsNullOrWhiteSpace(pasted)
            ? Forums.Templates.SeriesTemplates.ReadBuiltIn(AnswerInputs.String(data, CardInputs.Template) ?? string.Empty)
            : pasted;
        if (template is null)
        {
            return ActionReply.Only(NoticeCards.Info(text, text.Format("Templates.Unknown", AnswerInputs.String(data, CardInputs.Template), string.Join(", ", Forums.Templates.SeriesTemplates.BuiltIn))));
        }

        return (await steering.CreateSeriesAsync(template, turn, cancellationToken)).AsActionReply();
    }

    private async Task<ActionReply> AddItemAsync(BotText text, Guid seriesId, JsonObject data, TurnInfo turn, CancellationToken cancellationToken)
    {
        var inputs = AnswerInputs.Strings(data);
        var (forum, draft) = ItemDraftInputs.Read(inputs);
        var outcome = forum is null || draft is null
            ? null
            : await steering.AddItemAsync(seriesId, forum.Value, draft, turn, cancellationToken);
        if (outcome is { Refusal: null })
        {
            return outcome.AsActionReply();
        }

        var series = await forums.GetSeriesAsync(seriesId, cancellationToken);
        if (!series.Succeeded)
        {
            return ActionReply.Only(NoticeCards.Refusal(text, series.Rejection));
        }

        var problem = outcome?.Refusal is { } refusal ? RejectionText.Describe(text, refusal) : text["AddItem.Incomplete"];
        return ActionReply.Only(AddItemCards.Create(text, series.Value, forum ?? 1, new CardNotice(problem, IsProblem: true), inputs));
    }

    private async Task<AdaptiveCard> ResultsOfAsync(BotText text, Guid seriesId, string itemKey, TurnInfo turn, CancellationToken cancellationToken)
    {
        var series = await forums.GetSeriesAsync(seriesId, cancellationToken);
        if (!series.Succeeded)
        {
            return NoticeCards.Refusal(text, series.Rejection);
        }

        var item = series.Value.OpenForum?.FindItem(itemKey);
        return item is null
            ? NoticeCards.Refusal(text, new Rejection(RejectionCode.ItemNotFound, itemKey))
            : await PersonalCardAsync(text, item.Id, turn, null, recentTotals: false, cancellationToken);
    }

    private async Task<AdaptiveCard> PersonalCardAsync(BotText text, Guid itemId, TurnInfo turn, CardNotice? notice, bool recentTotals, CancellationToken cancellationToken)
    {
        var view = await forums.ViewItemAsync(itemId, turn.User, recentTotals, cancellationToken);
        return view.Succeeded
            ? ItemCards.Create(text, new ItemCardRequest(view.Value, Personal: true) { Notice = notice })
            : NoticeCards.Refusal(text, view.Rejection);
    }

    private static AdaptiveCard ItemCard(BotText text, ItemView view, JsonObject draft, Rejection rejection) =>
        ItemCards.Create(text, new ItemCardRequest(view, Personal: true)
        {
            Draft = draft,
            Notice = new CardNotice(RejectionText.Describe(text, rejection), IsProblem: true),
        });

    private static JsonObject Pending(string verb, JsonObject data)
    {
        var pending = (JsonObject)data.DeepClone();
        pending[CardData.PendingVerb] = verb;
        return pending;
    }

    private static Guid? Id(JsonObject data, string key) => Guid.TryParse(AnswerInputs.String(data, key), out var id) ? id : null;
}
