using Collaboration.Forums.Delivery;

namespace Collaboration.Forums.Tests.Delivery;

public sealed class DeliveryRulesTests
{
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
