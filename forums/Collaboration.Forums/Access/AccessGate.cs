using Collaboration.Forums.Application;

namespace Collaboration.Forums.Access;

/// <summary>
/// The one gate every action passes, from a chat, a card or a page. It finds the series from the conversation, checks
/// that every id the client claims belongs to it and that the actor's role allows the action (<see cref="ActionPolicies"/>),
/// counts the action against its per-user limit, and only then grants it. A refusal is a <see cref="Rejection"/> that
/// each edge says in the user's language; nothing has been stored.
/// </summary>
public sealed class AccessGate(ConversationScope scope, ModeratorRule moderators, ActionLimiter limiter, IMeetingRoles meetingRoles)
{
    public Task<Outcome<Grant>> CheckAsync(ActionKind kind, Actor actor, ClaimedIds claims, CancellationToken cancellationToken) =>
        CheckAsync(kind, actor, claims, KeptReads.Series, cancellationToken);

    /// <param name="kept">What may come from this instance's kept copies, where the action's policy allows any (<see cref="ActionPolicy.KeptSeries"/>).</param>
    public Task<Outcome<Grant>> CheckAsync(ActionKind kind, Actor actor, ClaimedIds claims, KeptReads kept, CancellationToken cancellationToken) =>
        CheckAsync(kind, actor, claims, kept, countAgainstLimit: true, cancellationToken);

    /// <summary>
    /// The second decision of an action this gate already let in once, whose write found a kept copy stale and wrote
    /// nothing (a vote): everything is checked again on fresh reads (<see cref="KeptReads.None"/>), but the action is
    /// the same one, so it does not take a second permit of its per-user limit.
    /// </summary>
    public Task<Outcome<Grant>> CheckAgainAsync(ActionKind kind, Actor actor, ClaimedIds claims, CancellationToken cancellationToken) =>
        CheckAsync(kind, actor, claims, KeptReads.None, countAgainstLimit: false, cancellationToken);

    private async Task<Outcome<Grant>> CheckAsync(ActionKind kind, Actor actor, ClaimedIds claims, KeptReads kept, bool countAgainstLimit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(claims);
        var policy = ActionPolicies.For(kind);
        var found = await SeriesOfAsync(policy, actor, claims, policy.KeptSeries ? kept : KeptReads.None, cancellationToken);
        if (!found.Succeeded)
        {
            return found.Rejection;
        }

        var (series, tie) = (found.Value?.Series, found.Value?.Tie);
        var isModerator = series is not null && await IsModeratorAsync(policy.Audience, series, actor, cancellationToken);
        var refusal = policy.Reach == SeriesReach.Named ? NamedRefusal(series, isModerator, claims) : null;
        refusal ??= policy.Audience switch
        {
            Audience.Moderator when !isModerator => new Rejection(RejectionCode.NotModerator),
            Audience.Creator when !moderators.MayCreateSeries(actor.User) => new Rejection(RejectionCode.MayNotCreateSeries),
            Audience.Creator when series is not null && !isModerator => new Rejection(RejectionCode.ChatHasSeries, series.Title),
            Audience.PersonInPersonalChat when !actor.InPersonalChat => new Rejection(RejectionCode.PersonalChatOnly),
            _ => null,
        };
        if (refusal is not null)
        {
            return refusal;
        }

        if (countAgainstLimit && policy.Limit is { } limit && limiter.TryTake(actor.User.Id, limit) is { } wait)
        {
            return new Rejection(RejectionCode.TooManyRequests, Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes)));
        }

        return Outcome<Grant>.Success(new Grant(series, isModerator) { Tie = tie });
    }

    /// <summary>
    /// A named series is refused alike when it does not exist and when the actor does not moderate it; only then are the
    /// claimed items checked, so their answer (404, not in this series) tells nothing about series the actor may not see.
    /// </summary>
    private static Rejection? NamedRefusal(ForumSeries? series, bool isModerator, ClaimedIds claims)
    {
        if (series is null || !isModerator)
        {
            return new Rejection(RejectionCode.SeriesNotVisible);
        }

        var foreign = claims.Items.FirstOrDefault(i => series.FindItem(i) is null);
        // A need id is no claim the add-in makes; one that comes anyway is refused rather than left unchecked.
        return foreign != Guid.Empty ? new Rejection(RejectionCode.ItemNotFound, foreign.ToString("D"))
            : claims.NeedId is not null ? new Rejection(RejectionCode.ItemNotFound, claims.NeedId.Value.ToString("D"))
            : null;
    }

    /// <summary>
    /// A moderator by the series (<see cref="ModeratorRule"/>), or by a meeting role in the meeting chat the series is
    /// bound to. Teams is asked for the role only where it could change the answer, so a vote never waits for it.
    /// </summary>
    private async Task<bool> IsModeratorAsync(Audience audience, ForumSeries series, Actor actor, CancellationToken cancellationToken)
    {
        if (moderators.IsModerator(series, actor.User))
        {
            return true;
        }

        if (audience is not (Audience.Moderator or Audience.Creator) || actor.MeetingId is not { } meetingId || !moderators.MeetingRolesModerate
            || !await scope.IsBoundToAsync(actor.ConversationId, series.Id, cancellationToken))
        {
            return false;
        }

        return moderators.ModeratesByMeetingRole(await meetingRoles.GetRoleAsync(meetingId, actor.TenantId, actor.User, cancellationToken));
    }

    /// <returns>The series the action may touch (null where its policy needs none), or why the conversation does not allow it.</returns>
    private async Task<Outcome<ScopedSeries?>> SeriesOfAsync(ActionPolicy policy, Actor actor, ClaimedIds claims, KeptReads kept, CancellationToken cancellationToken)
    {
        var reach = policy.Reach;
        switch (reach)
        {
            case SeriesReach.None:
                return Outcome<ScopedSeries?>.Success(null);
            case SeriesReach.Named:
                // Not found is no refusal yet: it is answered like a series the actor does not moderate (NamedRefusal).
                return Outcome<ScopedSeries?>.Success(Scoped(claims.SeriesId is { } named ? await scope.NamedAsync(named, cancellationToken) : null));
            case var _ when actor.Kind == ConversationKind.None:
                // Without a conversation there is no chat to find a series from; only a named series can be reached.
                return Outcome<ScopedSeries?>.Failure(RejectionCode.NoSeriesHere);
            case SeriesReach.BoundIfAny when !claims.Any:
                return Outcome<ScopedSeries?>.Success(Scoped(await scope.BoundAsync(actor.ConversationId, cancellationToken)));
            default:
                var resolved = await scope.ResolveAsync(actor.ConversationId, actor.InPersonalChat, boundOnly: reach != SeriesReach.Conversation, claims, kept, cancellationToken);
                return resolved.Succeeded ? Outcome<ScopedSeries?>.Success(resolved.Value) : resolved.Rejection;
        }
    }

    private static ScopedSeries? Scoped(ForumSeries? series) => series is null ? null : new ScopedSeries(series);
}
