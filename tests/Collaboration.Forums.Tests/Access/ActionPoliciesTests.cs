using Collaboration.Forums.Access;

namespace Collaboration.Forums.Tests.Access;

/// <summary>The one table of who may do what: complete, and strict where an action reaches people or changes results.</summary>
public sealed class ActionPoliciesTests
{
    [Fact]
    public void Every_action_has_exactly_one_policy()
    {
        Assert.Equal(Enum.GetValues<ActionKind>().Order(), ActionPolicies.All.Select(p => p.Kind).Order());
    }

    [Theory]
    [InlineData(ActionKind.Console)]
    [InlineData(ActionKind.PushToMeeting)]
    [InlineData(ActionKind.MergeNeeds)]
    [InlineData(ActionKind.StartForum)]
    [InlineData(ActionKind.FanOut)]
    public void Steering_actions_are_for_moderators_only(ActionKind kind)
    {
        Assert.Equal(Audience.Moderator, ActionPolicies.For(kind).Audience);
    }

    [Theory]
    [InlineData(ActionKind.PushToMeeting)]
    [InlineData(ActionKind.FanOut)]
    [InlineData(ActionKind.Remind)]
    public void Actions_that_reach_everyone_in_a_chat_or_meeting_work_only_where_the_series_is_bound_and_are_limited(ActionKind kind)
    {
        var policy = ActionPolicies.For(kind);

        Assert.Equal(SeriesReach.Bound, policy.Reach);
        Assert.NotNull(policy.Limit);
    }

    [Fact]
    public void The_add_in_reaches_results_only_by_a_named_series_for_its_moderators_and_is_limited()
    {
        var results = ActionPolicies.For(ActionKind.AddinResults);
        var list = ActionPolicies.For(ActionKind.AddinSeries);

        Assert.Equal((Audience.Moderator, SeriesReach.Named, ActionLimit.Addin), (results.Audience, results.Reach, results.Limit));
        // The list names no series: everyone may ask, and it holds only what the same moderator rule lets them see.
        Assert.Equal((SeriesReach.None, ActionLimit.Addin), (list.Reach, list.Limit));
        Assert.All(ActionPolicies.All.Where(p => p.Reach == SeriesReach.Named), p => Assert.Equal(Audience.Moderator, p.Audience));
    }
}
