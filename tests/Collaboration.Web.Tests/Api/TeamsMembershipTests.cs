using Collaboration.Fakes.Postgres;
using Collaboration.Forums.Ports;

namespace Collaboration.Web.Tests.Api;

/// <summary>
/// The key paths with Teams' word coming from the bot's own membership check (the Bot Connector's member API, here
/// the fake connector in its wire format) rather than a stand-in: members act, strangers are refused, nothing leaks.
/// </summary>
public abstract class TeamsMembershipTests : WebTest
{
    protected override bool RealTeams => true;

    [Fact]
    public async Task A_member_Teams_confirms_answers_once_whichever_way_and_a_stranger_is_refused()
    {
        var series = await SeriesChat.CreateAsync(Host);
        var started = await Host.PostAsync("/forums/1/start", series.Moderator, series.Chat);
        Assert.True(started.Status == HttpStatusCode.OK, started.Text);
        await series.OnboardAsync(series.Participant);
        var item = await series.ItemIdAsync(1, "rolle-zentrum");
        var stranger = TeamsUser.Create("Fremde Person");

        var onPage = await Host.PostAsync($"/items/{item}/answer", series.Participant, series.Chat, new JsonObject { ["choice"] = "beratung" });
        await Host.ExecuteAsync(series.Chat, series.Participant, "answer", new JsonObject { ["itemId"] = item, ["in.choice"] = "vernetzung" });
        var refused = await Host.PostAsync($"/items/{item}/answer", stranger, series.Chat, new JsonObject { ["choice"] = "beratung" });
        var attendee = await Host.PostAsync($"/items/{item}/close", series.Attendee, series.Chat);

        Assert.Equal(HttpStatusCode.OK, onPage.Status);
        Assert.Equal((HttpStatusCode.Forbidden, "NotMember"), (refused.Status, refused.Code));
        Assert.Equal((HttpStatusCode.Forbidden, "NotModerator"), (attendee.Status, attendee.Code));
        Assert.Equal(1, await Host.Services.GetRequiredService<IForumStore>().CountResponsesAsync(Guid.Parse(item), CancellationToken.None));
    }
}

public sealed class TeamsMembershipOnSqliteTests : TeamsMembershipTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class TeamsMembershipOnPostgresTests(PostgresFixture postgres) : TeamsMembershipTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
