using System.Diagnostics;

namespace Collaboration.Telemetry;

/// <summary>
/// The one ActivitySource of the product and its span names (docs/observability.md lists them; the runbook's
/// dashboards are written against them). Spans carry pseudonymous product ids at most, never a person's name, UPN,
/// AAD or Teams id, a conversation id or answer text.
/// </summary>
public static class CollaborationTelemetry
{
    /// <summary>The name of the ActivitySource and of the Meter.</summary>
    public const string Name = "Collaboration";

    /// <summary>The store's statement counter (StoreCommands), exported beside ours.</summary>
    public const string StoreMeterName = "Collaboration.Forums.Store";

    // Static like the runtime's own sources: an ActivitySource holds no state of ours, and listeners subscribe by name.
    public static ActivitySource Source { get; } = new(Name);

    /// <summary>One activity from Teams (or a proactive turn of our own), named by its activity type.</summary>
    public static Activity? StartTurn(string activityType) =>
        Source.StartActivity($"turn {activityType}", ActivityKind.Internal)?.SetTag("collaboration.activity.type", activityType);

    /// <summary>One use case after the gate let it through, named by the action (Answer, CloseForum, ...).</summary>
    public static Activity? StartUseCase(string name) =>
        Source.StartActivity($"usecase {name}", ActivityKind.Internal)?.SetTag("collaboration.usecase", name);

    /// <summary>One run of an outbox job; the message id is the outbox's own, not a person's.</summary>
    public static Activity? StartOutboxJob(string kind, Guid messageId, int attempt) =>
        Source.StartActivity($"outbox.job {kind}", ActivityKind.Internal)?
            .SetTag("collaboration.outbox.kind", kind)
            .SetTag("collaboration.outbox.message_id", messageId)
            .SetTag("collaboration.outbox.attempt", attempt);

    /// <summary>One private card of a fan-out to one member; the member is not named.</summary>
    public static Activity? StartFanOutSend(Guid fanOutId) =>
        Source.StartActivity("fanout.send", ActivityKind.Internal)?.SetTag("collaboration.fanout.id", fanOutId);

    /// <summary>One refresh of an item's posted cards with fresh results.</summary>
    public static Activity? StartCardUpdate(Guid itemId) =>
        Source.StartActivity("card.update", ActivityKind.Internal)?.SetTag("collaboration.item.id", itemId);

    /// <summary>One forum archived to SharePoint.</summary>
    public static Activity? StartArchiveRun(Guid seriesId, int forumNumber) =>
        Source.StartActivity("archive.run", ActivityKind.Internal)?
            .SetTag("collaboration.series.id", seriesId)
            .SetTag("collaboration.forum.number", forumNumber);

    /// <summary>Marks the span failed with the exception's type only: its message may quote a service's answer.</summary>
    public static void Failed(this Activity? activity, Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        activity?.SetStatus(ActivityStatusCode.Error, error.GetType().Name).SetTag("error.type", error.GetType().FullName);
    }
}
