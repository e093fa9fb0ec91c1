using Collaboration.Forums.Access;
using Collaboration.Forums.Ports;

namespace Collaboration.Forums.Tests.Access;

/// <summary>
/// An action decided a second time on fresh reads (a vote whose write found a kept copy stale) is one action: it is
/// checked again in full, but counts once against the person's limit.
/// </summary>
public sealed class SecondDecisionLimitTests
{
    private static readonly UserRef Maria = new("6f1c2a44-5d1e-4c3b-9a0e-1b2c3d4e5f60", "Maria Moderatorin");

    [Fact]
    public async Task A_second_decision_takes_no_second_permit()
    {
        var gate = Gate(permits: 2);
        var actor = Actor.WithoutConversation(Maria);

        var first = await gate.CheckAsync(ActionKind.AddinSeries, actor, ClaimedIds.None, CancellationToken.None);
        var again = await gate.CheckAgainAsync(ActionKind.AddinSeries, actor, ClaimedIds.None, CancellationToken.None);
        var next = await gate.CheckAsync(ActionKind.AddinSeries, actor, ClaimedIds.None, CancellationToken.None);
        var overLimit = await gate.CheckAsync(ActionKind.AddinSeries, actor, ClaimedIds.None, CancellationToken.None);

        Assert.True(first.Succeeded);
        Assert.True(again.Succeeded);
        Assert.True(next.Succeeded, "the second decision took the permit of the next action");
        Assert.Equal(RejectionCode.TooManyRequests, overLimit.Rejection!.Code);
    }

    [Fact]
    public async Task A_second_decision_is_still_refused_what_the_first_would_be()
    {
        var gate = Gate(permits: 5);

        // The add-in's results are for the moderators of a named series; without one nothing is granted, counted or not.
        var refused = await gate.CheckAgainAsync(ActionKind.AddinResults, Actor.WithoutConversation(Maria), ClaimedIds.None, CancellationToken.None);

        Assert.Equal(RejectionCode.SeriesNotVisible, refused.Rejection!.Code);
    }

    private static AccessGate Gate(int permits) =>
        new(new ConversationScope(new InMemoryForumStore(), Unreachable<IConversationStore>.Create(), Unreachable<IFanOutStore>.Create()),
            new ModeratorRule(new ModerationOptions()),
            new ActionLimiter(new ActionLimitOptions { Addin = new ActionWindow { Permits = permits, Window = TimeSpan.FromHours(1) } }),
            Unreachable<IMeetingRoles>.Create());
}
