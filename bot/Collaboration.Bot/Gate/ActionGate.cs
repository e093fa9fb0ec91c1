using Collaboration.Forums.Validation;
using Collaboration.Telemetry;

namespace Collaboration.Bot.Gate;

/// <summary>
/// The bot's side of the one gate: every action, typed or clicked, is checked by <see cref="AccessGate"/> (series from
/// the conversation, claimed ids, role, per-user limit) and only then runs its row of <see cref="ActionTable"/>. A
/// refusal is a card in the user's language; nothing has been stored.
/// </summary>
internal sealed partial class ActionGate(ActionTable table, AccessGate access, ILogger<ActionGate> logger)
{
    public async Task<ActionReply> PassAsync(UserAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var rule = table[action.Kind];
        using var span = CollaborationTelemetry.StartUseCase(action.Kind.ToString());
        var text = BotText.For(action.Turn.Language);
        // The bot carries the grant's tie into the vote's write, which checks it (ParticipantActions.AnswerAsync). A vote
        // that comes back for fresh reads was counted against its limit when it first passed.
        var granted = action.ReadFresh
            ? await access.CheckAgainAsync(action.Kind, action.Turn.Actor, action.Claims, cancellationToken)
            : await access.CheckAsync(action.Kind, action.Turn.Actor, action.Claims, KeptReads.SeriesAndBinding, cancellationToken);
        if (!granted.Succeeded)
        {
            return Refuse(action, text, granted.Rejection);
        }

        return await rule.Run(new ActionContext(action, text, granted.Value.Series, granted.Value.IsModerator, PassAsync) { Tie = granted.Value.Tie }, cancellationToken);
    }

    private ActionReply Refuse(UserAction action, BotText text, Rejection rejection)
    {
        if (rejection.Code == RejectionCode.TooManyRequests)
        {
            Log.Limited(logger, action.Kind);
        }
        else
        {
            Log.Refused(logger, action.Kind, rejection.Code, action.Turn.Kind);
        }

        return ActionReply.Only(rejection.Code == RejectionCode.NoSeriesHere ? NoticeCards.Info(text, text["Series.NoneHere"]) : NoticeCards.Refusal(text, rejection));
    }

    // Which action was refused and why, never who asked or what the card data held.
    private static partial class Log
    {
        [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Refused {Action} in a {ConversationKind}: {Reason}")]
        public static partial void Refused(ILogger logger, ActionKind action, RejectionCode reason, ConversationKind conversationKind);

        [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Limited {Action} for a user until the window passes")]
        public static partial void Limited(ILogger logger, ActionKind action);
    }
}
