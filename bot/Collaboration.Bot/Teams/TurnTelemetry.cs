using Collaboration.Telemetry;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Collaboration.Bot.Teams;

/// <summary>
/// The first middleware of every turn: the span "turn {activity type}" that the use case and store spans nest in, and
/// the latency of an answer, from its invoke received to its reply written (the adapter sends the invoke response
/// the moment the turn returns). Nothing of the activity that names a person or a conversation goes on the span.
/// </summary>
internal sealed class TurnTelemetry(CollaborationMetrics metrics, TimeProvider time) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        var started = time.GetTimestamp();
        using var span = CollaborationTelemetry.StartTurn(activity.Type ?? "unknown");
        span?.SetTag("collaboration.activity.name", activity.Type == ActivityTypes.Invoke || activity.Type == ActivityTypes.Event ? activity.Name : null);
        try
        {
            await next(cancellationToken);
        }
        catch (Exception error)
        {
            span.Failed(error);
            throw;
        }

        if (IsAnswer(activity))
        {
            metrics.AnswerAnswered(time.GetElapsedTime(started));
        }
    }

    private static bool IsAnswer(Activity activity) =>
        activity.Type == ActivityTypes.Invoke && activity.Name == "adaptiveCard/action"
        && activity.Value is JObject value && CardVerbs.TryRead(value["action"]?["verb"]?.Value<string>(), out var verb)
        && verb is CardVerb.Answer or CardVerb.SubmitNeed or CardVerb.SupportNeed;
}
