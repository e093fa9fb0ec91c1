using Collaboration.Forums.Access;

namespace Collaboration.Forums.Tests.Application;

/// <summary>The one rule of who moderates a series and who may create one.</summary>
public sealed class ModeratorRuleTests
{
    private static readonly UserRef Creator = new("creator", "Maria");
    private static readonly UserRef Configured = new("configured", "Karl");
    private static readonly UserRef Admin = new("admin", "Ada");
    private static readonly UserRef Member = new("member", "Paul");

    private static ModeratorRule Rule(bool anyoneMayCreate = false)
    {
        var options = new ModerationOptions { AnyoneMayCreateSeries = anyoneMayCreate };
        options.ModeratorIds.Add(Configured.Id);
        options.AdministratorIds.Add(Admin.Id);
        return new ModeratorRule(options);
    }

    [Fact]
    public void The_creator_configured_moderators_and_administrators_moderate_a_series_and_a_chat_member_does_not()
    {
        var series = Build.Series();
        var rule = Rule();

        Assert.True(rule.IsModerator(series, Creator));
        Assert.True(rule.IsModerator(series, Configured));
        Assert.True(rule.IsModerator(series, Admin));
        Assert.False(rule.IsModerator(series, Member));
    }

    [Fact]
    public void By_default_only_configured_moderators_and_administrators_may_create_a_series()
    {
        var rule = Rule();

        Assert.True(rule.MayCreateSeries(Configured));
        Assert.True(rule.MayCreateSeries(Admin));
        Assert.False(rule.MayCreateSeries(Member));
        Assert.False(new ModerationOptions().AnyoneMayCreateSeries);
    }

    [Fact]
    public void Anyone_may_create_a_series_only_where_that_was_chosen_explicitly() =>
        Assert.True(Rule(anyoneMayCreate: true).MayCreateSeries(Member));

    [Fact]
    public void Only_configured_administrators_are_administrators()
    {
        var rule = Rule();

        Assert.True(rule.IsAdministrator(Admin));
        Assert.False(rule.IsAdministrator(Configured));
        Assert.False(rule.IsAdministrator(Creator));
    }

    [Fact]
    public void A_user_without_an_id_matches_no_empty_entry_of_a_list()
    {
        var options = new ModerationOptions();
        options.ModeratorIds.Add(string.Empty);
        options.AdministratorIds.Add(string.Empty);
        var nobody = new UserRef(string.Empty, "?");

        Assert.False(new ModeratorRule(options).IsModerator(Build.Series(), nobody));
        Assert.False(new ModeratorRule(options).MayCreateSeries(nobody));
    }

    [Theory]
    [InlineData(MeetingModerators.OrganizerAndPresenters, MeetingRole.Organizer, true)]
    [InlineData(MeetingModerators.OrganizerAndPresenters, MeetingRole.Presenter, true)]
    [InlineData(MeetingModerators.OrganizerAndPresenters, MeetingRole.Attendee, false)]
    [InlineData(MeetingModerators.OrganizerAndPresenters, MeetingRole.None, false)]
    [InlineData(MeetingModerators.Organizer, MeetingRole.Organizer, true)]
    [InlineData(MeetingModerators.Organizer, MeetingRole.Presenter, false)]
    [InlineData(MeetingModerators.None, MeetingRole.Organizer, false)]
    public void Meeting_roles_moderate_as_configured_and_attendees_never(MeetingModerators setting, MeetingRole role, bool moderates)
    {
        var rule = new ModeratorRule(new ModerationOptions { MeetingModerators = setting });

        Assert.Equal(moderates, rule.ModeratesByMeetingRole(role));
        Assert.Equal(setting != MeetingModerators.None, rule.MeetingRolesModerate);
    }
}
