using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;

namespace Collaboration.Fakes.Connector;

/// <summary>
/// A loopback fake of the Bot Framework Connector REST API (v3) for the bot under test to use as its
/// serviceUrl. It keeps conversations, members and activities, records every activity as raw JSON, and
/// can answer the next requests with throttling or server errors. Any Authorization header is accepted.
/// </summary>
public sealed class FakeConnectorService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConnectorState _state;
    private readonly ConcurrentQueue<ReceivedUpload> _uploads;
    private readonly MeetingState _meetings;
    private readonly UpdateHold _updates;

    private FakeConnectorService(WebApplication app, ConnectorState state, MeetingState meetings, ConcurrentQueue<ReceivedUpload> uploads, string serviceUrl, UpdateHold updates)
    {
        _updates = updates;
        _app = app;
        _state = state;
        _meetings = meetings;
        _uploads = uploads;
        ServiceUrl = serviceUrl;
    }

    /// <summary>The base address to give the bot as an activity's <c>serviceUrl</c>, with a trailing slash.</summary>
    public string ServiceUrl { get; }

    /// <summary>Every activity received so far, in arrival order (updates and deletes included).</summary>
    public IReadOnlyList<ReceivedActivity> ReceivedActivities => _state.Received();

    /// <summary>Every request received so far, faulted ones included, with the status answered.</summary>
    public IReadOnlyList<ConnectorRequest> Requests => _state.Requests();

    public static async Task<FakeConnectorService> StartAsync(CancellationToken cancellationToken = default)
    {
        var app = LoopbackApp.Create();
        var state = new ConnectorState();
        var updates = new UpdateHold();

        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsPut(context.Request.Method) && ConnectorCall(context.Request.Path) is not null)
            {
                await updates.WaitIfHeldAsync(context.RequestAborted);
            }

            if (state.TryTakeFault(out var fault))
            {
                await WriteFaultAsync(context, fault);
            }
            else if (state.RateWindows is { } limits && ConnectorCall(context.Request.Path) is { } call && limits.Admit(call.ConversationId) is { } wait)
            {
                // Teams' own answer when a limit is exceeded: 429 with the seconds to wait.
                await WriteFaultAsync(context, ConnectorFault.Throttled(wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait));
            }
            else
            {
                await next(context);
            }

            state.RecordRequest(new ConnectorRequest(
                context.Request.Method,
                context.Request.Path + context.Request.QueryString,
                context.Request.Headers.Authorization.FirstOrDefault(),
                context.Response.StatusCode));
        });

        app.MapConnectorApi(state);
        var meetings = new MeetingState();
        app.MapMeetingApi(meetings, state);
        var uploads = new ConcurrentQueue<ReceivedUpload>();
        app.MapUploadSessions(uploads);
        var serviceUrl = await LoopbackApp.StartAsync(app, cancellationToken) + "/";
        return new FakeConnectorService(app, state, meetings, uploads, serviceUrl, updates);
    }

    /// <summary>From now on card updates (PUTs of activities) wait at the fake, as at a slow Teams, until <see cref="ReleaseUpdates"/>.</summary>
    public void HoldUpdates() => _updates.Hold();

    /// <summary>Lets every held update through; later ones pass at once again.</summary>
    public void ReleaseUpdates() => _updates.Release();

    /// <summary>Card updates waiting at the fake right now (see <see cref="HoldUpdates"/>).</summary>
    public int HeldUpdates => _updates.Held;

    /// <summary>The most card updates that waited at the fake at the same time.</summary>
    public int MostHeldUpdates => _updates.MostHeld;

    /// <summary>Every file PUT into an upload session so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedUpload> Uploads => [.. _uploads];

    /// <summary>A new upload session's URL, as Teams puts it into a file consent accept's <c>uploadInfo.uploadUrl</c>.</summary>
    public Uri NewUploadUrl() => new(ServiceUrl + UploadSessionEndpoints.Prefix + Guid.NewGuid().ToString("N"));

    /// <summary>Adds members to a conversation (creating it); the roster endpoints answer them in this order.</summary>
    public void AddMembers(string conversationId, params IEnumerable<ConnectorMember> members) =>
        _state.AddMembers(conversationId, members);

    /// <summary>Takes someone out of the conversation, as when they leave the chat or are removed from it.</summary>
    public void RemoveMember(string conversationId, string memberId) => _state.RemoveMember(conversationId, memberId);

    /// <summary>
    /// A Teams meeting whose chat is <paramref name="conversationId"/>: the participants become members of the chat, and
    /// the meeting participant API answers their roles.
    /// </summary>
    public void AddMeeting(string meetingId, string conversationId, params IEnumerable<MeetingParticipant> participants)
    {
        var list = participants.ToList();
        _meetings.Add(meetingId, conversationId, list);
        _state.AddMembers(conversationId, list.Select(p => p.Member));
    }

    /// <summary>Every targeted meeting notification the bot sent, in arrival order.</summary>
    public IReadOnlyList<ReceivedMeetingNotification> MeetingNotifications => _meetings.Notifications();

    /// <summary>How many times the bot asked Teams for a meeting participant (and so their role).</summary>
    public int ParticipantRequests => _state.Requests().Count(r => r.Method == "GET" && r.Path.StartsWith("/v1/meetings/", StringComparison.Ordinal) && r.Path.Contains("/participants/", StringComparison.Ordinal));

    /// <summary>From now on answers 429 with Retry-After whenever a request would exceed <paramref name="limits"/> (null: no limits).</summary>
    public void EnforceLimits(ConnectorLimits? limits) => _state.RateWindows = limits is null ? null : new ConnectorRateWindows(limits);

    /// <summary>Teams will refuse to reach this member (by Teams id): 403 (app not installed) or 404 (left the tenant), for creating their chat and for sends into it.</summary>
    public void MakeUnreachable(string memberId, HttpStatusCode status = HttpStatusCode.Forbidden) => _state.MakeUnreachable(memberId, (int)status);

    /// <summary>The bot's personal chat with the member, once the bot created it; else null.</summary>
    public string? PersonalConversationOf(string memberId) => _state.PersonalConversationOf(memberId);

    /// <summary>How many activities were sent (POSTed, not updated) into the conversation.</summary>
    public int SendsTo(string conversationId) =>
        _state.Received().Count(a => a.ConversationId == conversationId && a.Operation is ConnectorOperation.Send or ConnectorOperation.CreateConversation);

    /// <summary>How many requests were answered 429, injected ones included.</summary>
    public int ThrottledRequests => _state.Requests().Count(r => r.StatusCode == (int)HttpStatusCode.TooManyRequests);

    /// <summary>Answers the next <paramref name="count"/> requests with <paramref name="fault"/> instead of handling them.</summary>
    public void FailNextRequests(int count, ConnectorFault fault)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(fault);
        _state.EnqueueFaults(fault, count);
    }

    /// <summary>The current state of an activity (after updates), or null when it was never sent or was deleted.</summary>
    public JsonElement? GetActivity(string conversationId, string activityId) => _state.Activity(conversationId, activityId);

    /// <summary>The activities a conversation holds now, in the order they were first sent.</summary>
    public IReadOnlyList<JsonElement> GetConversationActivities(string conversationId) => _state.Activities(conversationId);

    /// <summary>
    /// Waits for <paramref name="count"/> received activities that match and that no earlier wait returned,
    /// counting those that arrived before the call (so a fast bot cannot win a race against the test).
    /// Throws <see cref="TimeoutException"/> describing what did arrive.
    /// </summary>
    public Task<IReadOnlyList<ReceivedActivity>> WaitForAsync(
        Func<ReceivedActivity, bool> match,
        int count,
        TimeSpan timeout,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return _state.WaitAsync(match, count, timeout, cancellationToken);
    }

    /// <summary>As <see cref="WaitForAsync"/>, matching on and returning the raw activity JSON.</summary>
    public async Task<IReadOnlyList<JsonElement>> WaitForActivitiesAsync(
        Func<JsonElement, bool> match,
        int count,
        TimeSpan timeout,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        var received = await WaitForAsync(r => match(r.Activity), count, timeout, cancellationToken);
        return [.. received.Select(r => r.Activity)];
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>A Bot Connector call (the rate limits apply) and the conversation it addresses, if any.</summary>
    private static (string? ConversationId, bool Call)? ConnectorCall(PathString path)
    {
        const string Prefix = "/v3/conversations";
        var value = path.Value ?? string.Empty;
        if (!value.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = value[Prefix.Length..].Trim('/');
        return (rest.Length == 0 ? null : rest.Split('/')[0], true);
    }

    private static Task WriteFaultAsync(HttpContext context, ConnectorFault fault)
    {
        context.Response.StatusCode = (int)fault.Status;
        if (fault.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter =
                ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return ConnectorEndpoints.Error((int)fault.Status, fault.Status.ToString(), "Fault injected by the test.")
            .ExecuteAsync(context);
    }
}
