using Collaboration.Bot.Cards.Factories;
using Collaboration.Bot.Interaction;
using Collaboration.Bot.Localization;
using Collaboration.Forums.Application;
using Collaboration.Forums.Series;
using Collaboration.Forums.Validation;

namespace Collaboration.Bot.Gate;

/// <summary>
/// The one gate every user action passes, typed or clicked. It finds the series from the conversation, checks that
/// every id the card data claims belongs to it and that the user's role allows the action, and only then runs the
/// action's row of <see cref="ActionTable"/>. A refusal is a card in the user's language; nothing has been stored.
/// </summary>
internal sealed class ActionGate(ActionTable table, ConversationScope scope, ModeratorRule moderators, ActionLimiter limiter, ILogger<ActionGate> logger)
{
    public async Task<ActionReply> PassAsync(UserAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var rule = table[action.Kind];
        var text = BotText.For(action.Turn.Language);
        var user = action.Turn.User;
        var found = await SeriesOfAsync(rule.Reach, action, cancellationToken);
        if (!found.Succeeded)
        {
            return Refuse(action, text, found.Rejection);
        }

        var series = found.Value;
        var isModerator = series is not null && moderators.IsModerator(series, user);
        var refusal = rule.Audience switch
        {
            Audience.Moderator when !isModerator => new Rejection(RejectionCode.NotModerator),
            Audience.Creator when !moderators.MayCreateSeries(user) => new Rejection(RejectionCode.MayNotCreateSeries),
            Audience.Creator when series is not null && !isModerator => new Rejection(RejectionCode.ChatHasSeries, text.Of(series.Title)),
            Audience.PersonInPersonalChat when action.Turn.Kind != ConversationKind.Personal => new Rejection(RejectionCode.PersonalChatOnly),
            _ => null,
        };
        if (refusal is not null)
        {
            return Refuse(action, text, refusal);
        }

        if (rule.Limit is { } limit && limiter.TryTake(user.Id, limit) is { } wait)
        {
            GateLog.Limited(logger, action.Kind);
            return ActionReply.Only(NoticeCards.Refusal(text, new Rejection(RejectionCode.TooManyRequests, Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes)))));
        }

        return await rule.Run(new ActionContext(action, text, series, isModerator, PassAsync), cancellationToken);
    }

    /// <returns>The series the action may touch (null where its rule needs none), or why the conversation does not allow it.</returns>
    private async Task<Outcome<ForumSeries?>> SeriesOfAsync(SeriesReach reach, UserAction action, CancellationToken cancellationToken)
    {
        var turn = action.Turn;
        var personal = turn.Kind == ConversationKind.Personal;
        switch (reach)
        {
            case SeriesReach.None:
                return Outcome<ForumSeries?>.Success(null);
            case SeriesReach.BoundIfAny when !action.Claims.Any:
                return Outcome<ForumSeries?>.Success(await scope.BoundAsync(turn.ConversationId, cancellationToken));
            default:
                var resolved = await scope.ResolveAsync(turn.ConversationId, personal, boundOnly: reach != SeriesReach.Conversation, action.Claims, cancellationToken);
                return resolved.Succeeded ? Outcome<ForumSeries?>.Success(resolved.Value) : resolved.Rejection;
        }
    }

    private ActionReply Refuse(UserAction action, BotText text, Rejection rejection)
    {
        GateLog.Refused(logger, action.Kind, rejection.Code, action.Turn.Kind);
        return ActionReply.Only(rejection.Code == RejectionCode.NoSeriesHere ? NoticeCards.Info(text, text["Series.NoneHere"]) : NoticeCards.Refusal(text, rejection));
    }
}
