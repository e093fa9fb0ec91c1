using Collaboration.Forums.Delivery;
using Collaboration.Forums.Items;
using Collaboration.Forums.Text;

namespace Collaboration.Forums.Tests.Delivery;

public sealed class DeliveryRulesTests
{
    private static readonly RetryPolicy Policy = new(MaxAttempts: 5, BaseDelay: TimeSpan.FromSeconds(1), MaxDelay: TimeSpan.FromSeconds(30));

    [Theory]
    [InlineData(429, DeliveryFailure.Throttled)]
    [InlineData(412, DeliveryFailure.Transient)]
    [InlineData(502, DeliveryFailure.Transient)]
    [InlineData(504, DeliveryFailure.Transient)]
    [InlineData(500, DeliveryFailure.Transient)]
    [InlineData(0, DeliveryFailure.Transient)]
    [InlineData(403, DeliveryFailure.Unreachable)]
    [InlineData(404, DeliveryFailure.Unreachable)]
    [InlineData(400, DeliveryFailure.Unreachable)]
    public void Failures_are_sorted_the_way_Teams_asks_bots_to_retry(int status, DeliveryFailure expected) =>
        Assert.Equal(expected, DeliveryFailures.Classify(status));

    [Fact]
    public void Throttling_waits_exactly_as_long_as_Retry_After_asks() =>
        Assert.Equal(TimeSpan.FromSeconds(7), Policy.NextDelay(DeliveryFailure.Throttled, 1, TimeSpan.FromSeconds(7), jitter: 0.9));

    [Fact]
    public void Transient_failures_back_off_exponentially_with_jitter_up_to_the_cap()
    {
        Assert.Equal(TimeSpan.FromSeconds(0.5), Policy.NextDelay(DeliveryFailure.Transient, 1, null, jitter: 0));
        Assert.Equal(TimeSpan.FromSeconds(4), Policy.NextDelay(DeliveryFailure.Transient, 3, null, jitter: 1));
        Assert.Equal(TimeSpan.FromSeconds(3), Policy.NextDelay(DeliveryFailure.Transient, 3, null, jitter: 0.5));
        Assert.Equal(TimeSpan.FromSeconds(30), new RetryPolicy(20, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30)).NextDelay(DeliveryFailure.Transient, 12, null, jitter: 1));
    }

    [Fact]
    public void Throttling_without_Retry_After_backs_off_like_any_transient_failure() =>
        Assert.Equal(TimeSpan.FromSeconds(2), Policy.NextDelay(DeliveryFailure.Throttled, 2, null, jitter: 1));

    [Fact]
    public void An_unreachable_member_is_given_up_at_once_and_anyone_after_the_last_attempt()
    {
        Assert.Null(Policy.NextDelay(DeliveryFailure.Unreachable, 1, null, jitter: 0));
        Assert.Null(Policy.NextDelay(DeliveryFailure.Transient, 5, null, jitter: 0));
        Assert.Null(Policy.NextDelay(DeliveryFailure.Throttled, 5, TimeSpan.FromSeconds(1), jitter: 0));
        Assert.NotNull(Policy.NextDelay(DeliveryFailure.Throttled, 4, TimeSpan.FromSeconds(1), jitter: 0));
    }

    [Fact]
    public void A_roster_member_is_keyed_by_the_Entra_object_id_the_way_card_actions_are_and_by_the_Teams_id_without_one()
    {
        Assert.Equal("aad-1", new RosterMember("29:1", "aad-1", "Anna").UserId);
        Assert.Equal("29:2", new RosterMember("29:2", null, "Ben").UserId);
        Assert.Equal("29:3", new RosterMember("29:3", string.Empty, "Cem").UserId);
    }

    private static readonly Guid FanOutId = Guid.NewGuid();

    private static readonly FanOutRecipient[] Recipients =
    [
        new(FanOutId, "answered", "29:a", "A") { State = RecipientState.Sent },
        new(FanOutId, "silent", "29:b", "B") { State = RecipientState.Sent, PersonalConversationId = "a:b" },
        new(FanOutId, "unreachable", "29:c", "C") { State = RecipientState.Unreachable },
        new(FanOutId, "pending", "29:d", "D"),
    ];

    [Fact]
    public void For_a_named_item_only_members_who_got_the_card_and_have_not_answered_are_reminded()
    {
        var reminded = Reminders.Select(Item(anonymous: false), Recipients, new HashSet<string>(["answered", "unreachable"]));

        var only = Assert.Single(reminded);
        Assert.Equal("silent", only.UserId);
        var reminder = Guid.NewGuid();
        Assert.Equal(new FanOutRecipient(reminder, "silent", "29:b", "B") { PersonalConversationId = "a:b" }, only.For(reminder));
    }

    [Fact]
    public void For_an_anonymous_item_everyone_who_got_the_card_is_reminded_so_the_reminder_list_says_nothing_about_who_answered()
    {
        var reminded = Reminders.Select(Item(anonymous: true), Recipients, new HashSet<string>(["answered"]));

        Assert.Equal(["answered", "silent"], reminded.Select(r => r.UserId));
    }

    private static ForumItem Item(bool anonymous) =>
        new(Guid.NewGuid(), "frage", 1, new LocalizedText("Frage"), new OpenTextSpec(100), anonymous, ItemStatus.Open);
}
