using System.Runtime.ExceptionServices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace Collaboration.Bot.Teams;

/// <summary>
/// The CloudAdapter with the bot's cross-cutting parts: the tenant filter, and an error handler that logs the
/// failure and tells the user in their language that nothing was lost, never showing a stack trace in the chat.
/// Failures of the bot's own proactive posts (ContinueConversation) go back to their caller instead: nobody asked
/// there, and the caller (outbox job, card refresher, fan-out) must know the post failed to retry or record it.
/// </summary>
internal sealed class ForumBotAdapter : CloudAdapter
{
    public ForumBotAdapter(BotFrameworkAuthentication authentication, TurnTelemetry telemetry, TenantFilter tenantFilter, ILogger<ForumBotAdapter> logger)
        : base(authentication, logger)
    {
        // First, so that the turn's span holds everything the turn does, the tenant check included.
        Use(telemetry);
        Use(tenantFilter);
        OnTurnError = async (turnContext, exception) =>
        {
            if (IsProactive(turnContext.Activity))
            {
                ExceptionDispatchInfo.Capture(exception).Throw();
            }

            Log.TurnFailed(logger, exception, turnContext.Activity.Type);
            var text = BotText.For(BotText.LanguageOf(turnContext.Activity.Locale));
            // Store failures the interaction layer did not meet itself (e.g. while posting cards after the action)
            // still get the "database not reachable, try again" answer rather than the one for a bug.
            var card = exception is StoreUnavailableException ? UnavailableCards.Notice(text) : NoticeCards.Failure(text);
            try
            {
                if (turnContext.Activity.Type == ActivityTypes.Invoke)
                {
                    // An invoke waits for its response; the error card replaces the clicked card for that user only.
                    var response = new InvokeResponse { Status = 200, Body = CardActivities.InvokeResponse(card) };
                    await turnContext.SendActivityAsync(new Activity { Type = ActivityTypesEx.InvokeResponse, Value = response });
                }
                else
                {
                    await turnContext.SendActivityAsync(CardActivities.Message(card));
                }
            }
            catch (Exception noticeFailure) when (noticeFailure is ErrorResponseException or HttpRequestException)
            {
                // Teams could not take the notice either (throttled, chat gone): logged, and the turn ends without a 500.
                Log.TurnFailed(logger, noticeFailure, turnContext.Activity.Type);
            }
        };
    }

    /// <summary>
    /// Runs an activity that <c>ActivityRequestGuard</c> has read already, authenticated by its Authorization header,
    /// as <see cref="CloudAdapter.ProcessAsync"/> would after reading the body itself.
    /// </summary>
    public Task<InvokeResponse> ProcessAdmittedAsync(string authHeader, Activity activity, BotCallbackHandler logic, CancellationToken cancellationToken) =>
        ProcessActivityAsync(authHeader, activity, logic, cancellationToken);

    // The SDK's ContinueConversationAsync runs the callback in a turn whose activity is this event.
    private static bool IsProactive(Activity activity) =>
        activity.Type == ActivityTypes.Event && activity.Name == ActivityEventNames.ContinueConversation;
}
