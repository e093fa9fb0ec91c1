using Collaboration.Forums.Delivery;

namespace Collaboration.Forums.Tests.Delivery;

/// <summary>When an item may be sent privately from a chat again.</summary>
public sealed class FanOutPolicyTests
{
    private static readonly FanOutPolicy Policy = new(TimeSpan.FromMinutes(15));

    private static FanOut Sent(int minutesAgo, bool completed) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), FanOutKind.Item, "19:chat", "{}", "moderator", Build.Now.AddMinutes(-minutesAgo))
        {
            CompletedAt = completed ? Build.Now.AddMinutes(-minutesAgo + 1) : null,
        };

    [Fact]
    public void A_first_send_needs_no_confirmation() =>
        Assert.Null(Policy.Check(null, FanOutKind.Item, "k", confirmed: false, Build.Now));

    [Fact]
    public void A_first_reminder_needs_a_confirmation() =>
        Assert.Equal(RejectionCode.FanOutNeedsConfirmation, Policy.Check(null, FanOutKind.Reminder, "k", confirmed: false, Build.Now)?.Code);

    [Fact]
    public void A_running_fan_out_refuses_another_even_when_confirmed() =>
        Assert.Equal(RejectionCode.FanOutRunning, Policy.Check(Sent(60, completed: false), FanOutKind.Item, "k", confirmed: true, Build.Now)?.Code);

    [Fact]
    public void A_repeat_within_the_interval_is_refused_with_the_minutes_left_even_when_confirmed()
    {
        var refusal = Policy.Check(Sent(10, completed: true), FanOutKind.Reminder, "k", confirmed: true, Build.Now);

        Assert.Equal(RejectionCode.FanOutTooSoon, refusal?.Code);
        Assert.Equal(5, refusal!.Arguments[1]);
    }

    [Fact]
    public void A_repeat_after_the_interval_needs_a_confirmation_and_goes_once_confirmed()
    {
        var earlier = Sent(15, completed: true);

        Assert.Equal(RejectionCode.FanOutNeedsConfirmation, Policy.Check(earlier, FanOutKind.Item, "k", confirmed: false, Build.Now)?.Code);
        Assert.Null(Policy.Check(earlier, FanOutKind.Item, "k", confirmed: true, Build.Now));
    }
}
