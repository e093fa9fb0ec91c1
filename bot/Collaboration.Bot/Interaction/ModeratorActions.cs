using Collaboration.Bot.Cards;
using Collaboration.Forums.Validation;

namespace Collaboration.Bot.Interaction;

/// <summary>
/// The moderator's actions, shared by chat commands and card buttons: each calls the use case and turns its
/// outcome into cards. It decides nothing itself.
/// </summary>
internal sealed class ModeratorActions(ModerationService moderation, ResultsService results, IConversationStore conversations)
{
    public async Task<SteeringOutcome> CreateSeriesAsync(string templateText, TurnInfo turn, CancellationToken cancellationToken)
    {
        var text = BotText.For(turn.Language);
        var created = await moderation.CreateSeriesAsync(templateText, turn.User, cancellationToken);
        if (!created.Succeeded)
        {
            return Refused(text, created.Rejection);
        }

        await conversations.BindSeriesAsync(turn.ConversationId, created.Value.Id, turn.ConversationReference, cancellationToken);
        var notice = new CardNotice(text.Format("Series.Created", CardText.Escape(text.Of(created.Value.Title))), IsProblem: false);
        return new SteeringOutcome(SeriesCards.Overview(text, created.Value, forModerator: true, notice), [], []);
    }

    public async Task<SteeringOutcome> StartForumAsync(Grant grant, int number, TurnInfo turn, CancellationToken cancellationToken)
    {
        var text = BotText.For(turn.Language);
        var started = await moderation.StartForumAsync(grant, number, turn.User, cancellationToken);
        if (!started.Succeeded)
        {
            return Refused(text, started.Rejection);
        }

        var (series, transition, carried) = (started.Value.Series, started.Value.Transition, started.Value.CarriedOver);
        var message = text.Format("Forum.Started", number, CardText.Escape(text.Of(transition.Opened.Title)));
        if (carried.Count > 0)
        {
            message += " " + text.Format("Forum.CarriedOver", string.Join(", ", carried.Select(i => CardText.Escape(text.Of(i.Prompt)))));
        }

        var posts = new List<BotReply>();
        foreach (var item in transition.Opened.Items.Where(i => i.Status == ItemStatus.Open))
        {
            posts.Add(await ItemPostAsync(text, item.Id, cancellationToken));
        }

        var stale = transition.Closed.SelectMany(f => f.Items).Select(i => i.Id).ToList();
        return new SteeringOutcome(SeriesCards.Overview(text, series, forModerator: true, new CardNotice(message, IsProblem: false)), posts, stale);
    }

    public async Task<SteeringOutcome> CloseForumAsync(Grant grant, int number, TurnInfo turn, CancellationToken cancellationToken)
    {
        var seriesId = grant.RequiredSeries.Id;
        var text = BotText.For(turn.Language);
        var closed = await moderation.CloseForumAsync(grant, number, turn.User, cancellationToken);
        if (!closed.Succeeded)
        {
            return Refused(text, closed.Rejection);
        }

        var summary = await SummaryAsync(text, seriesId, closed.Value, text.Format("Forum.Closed", number, CardText.Escape(text.Of(closed.Value.Title))), cancellationToken);
        return new SteeringOutcome(summary, [], [.. closed.Value.Items.Select(i => i.Id)]);
    }

    public async Task<SteeringOutcome> CarryOverAsync(Grant grant, int number, TurnInfo turn, CancellationToken cancellationToken)
    {
        var text = BotText.For(turn.Language);
        var carried = await moderation.CarryOverAsync(grant, number, turn.User, cancellationToken);
        if (!carried.Succeeded)
        {
            return Refused(text, carried.Rejection);
        }

        var notice = NoticeCards.Success(text, text.Format("Forum.CarriedOver", string.Join(", ", carried.Value.Select(i => CardText.Escape(text.Of(i.Prompt))))));
        return new SteeringOutcome(notice, [], [.. carried.Value.Select(i => i.Id)]);
    }

    public async Task<SteeringOutcome> SetItemStatusAsync(Grant grant, string itemKey, bool open, TurnInfo turn, CancellationToken cancellationToken)
    {
        var seriesId = grant.RequiredSeries.Id;
        var text = BotText.For(turn.Language);
        var series = await results.GetSeriesAsync(seriesId, cancellationToken);
        if (!series.Succeeded)
        {
            return Refused(text, series.Rejection);
        }

        var item = series.Value.FindItemByKey(itemKey);
        return item is null
            ? Refused(text, new Rejection(RejectionCode.ItemNotFound, itemKey))
            : await SetItemStatusAsync(grant, item, open, turn, cancellationToken);
    }

    /// <summary>The item by its id (the console names it exactly; a key may repeat across forums).</summary>
    public async Task<SteeringOutcome> SetItemStatusAsync(Grant grant, Guid itemId, bool open, TurnInfo turn, CancellationToken cancellationToken)
    {
        var text = BotText.For(turn.Language);
        var series = await results.GetSeriesAsync(grant.RequiredSeries.Id, cancellationToken);
        if (!series.Succeeded)
        {
            return Refused(text, series.Rejection);
        }

        return series.Value.FindItem(itemId) is var (_, item)
            ? await SetItemStatusAsync(grant, item, open, turn, cancellationToken)
            : Refused(text, new Rejection(RejectionCode.ItemNotFound, itemId));
    }

    private async Task<SteeringOutcome> SetItemStatusAsync(Grant grant, ForumItem item, bool open, TurnInfo turn, CancellationToken cancellationToken)
    {
        var text = BotText.For(turn.Language);
        var changed = open
            ? await moderation.OpenItemAsync(grant, item.Id, turn.User, cancellationToken)
            : await moderation.CloseItemAsync(grant, item.Id, turn.User, cancellationToken);
        if (!changed.Succeeded)
        {
            return Refused(text, changed.Rejection);
        }

        var notice = NoticeCards.Success(text, text.Format(open ? "Item.Opened" : "Item.Closed", CardText.Escape(text.Of(item.Prompt))));
        IReadOnlyList<BotReply> posts = open ? [await ItemPostAsync(text, item.Id, cancellationToken)] : [];
        return new SteeringOutcome(notice, posts, [item.Id]);
    }

    public async Task<SteeringOutcome> AddItemAsync(Grant grant, int forumNumber, ItemDraft draft, TurnInfo turn, CancellationToken cancellationToken)
    {
        var text = BotText.For(turn.Language);
        var added = await moderation.AddItemAsync(grant, forumNumber, draft, turn.User, cancellationToken);
        if (!added.Succeeded)
        {
            return Refused(text, added.Rejection);
        }

        var notice = NoticeCards.Success(text, text.Format("Item.Added", CardText.Escape(text.Of(added.Value.Prompt)), forumNumber));
        IReadOnlyList<BotReply> posts = added.Value.Status == ItemStatus.Open ? [await ItemPostAsync(text, added.Value.Id, cancellationToken)] : [];
        return new SteeringOutcome(notice, posts, []);
    }

    /// <summary>One card with a line of results per item of <paramref name="forum"/>.</summary>
    public async Task<AdaptiveCard> SummaryAsync(BotText text, Guid seriesId, Forum forum, string headline, CancellationToken cancellationToken)
    {
        var series = await results.GetSeriesAsync(seriesId, cancellationToken);
        var facts = new List<Fact>();
        foreach (var item in forum.Items)
        {
            var itemResults = series.Succeeded ? await results.ComputeResultsAsync(series.Value, item, cancellationToken) : null;
            facts.Add(new Fact(CardText.Escape(text.Of(item.Prompt)), itemResults is null ? "–" : ResultsSections.Summary(text, itemResults)));
        }

        return CardParts.Card([CardParts.Notice(headline, ContainerStyle.Good), new FactSet(facts)], lang: text.LanguageTag);
    }

    public async Task<BotReply> ItemPostAsync(BotText text, Guid itemId, CancellationToken cancellationToken)
    {
        var view = await results.ViewItemAsync(itemId, null, cancellationToken);
        return view.Succeeded
            ? new BotReply(ItemCards.Create(text, new ItemCardRequest(view.Value, Personal: false)), itemId)
            : new BotReply(NoticeCards.Refusal(text, view.Rejection));
    }

    private static SteeringOutcome Refused(BotText text, Rejection rejection) => new(NoticeCards.Refusal(text, rejection), [], []) { Refusal = rejection };
}
