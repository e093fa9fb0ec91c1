using Collaboration.Fakes.Postgres;
using Collaboration.Forums.Ports;

namespace Collaboration.Web.Tests.Api;

/// <summary>
/// The console's merging of duplicate needs: moderators only, through the domain's merge, the merged need counted once
/// with its sources, and undone again.
/// </summary>
public abstract class NeedsMergeApiTests : WebTest
{
    [Fact]
    public async Task A_moderator_merges_two_needs_into_one_that_keeps_its_sources_and_can_undo_it()
    {
        var (series, item, ids) = await ThreeNeedsAsync();

        var merged = await Host.PostAsync($"/items/{item}/needs/merge", series.Moderator, series.Chat,
            new JsonObject { ["keep"] = ids["Rufbus-App"], ["merge"] = new JsonArray(ids["Kein Rufbus auf dem Land"]), ["text"] = "Rufbus im ganzen Landkreis" });

        Assert.Equal(HttpStatusCode.OK, merged.Status);
        var needs = merged.Json!["needs"]!.AsArray();
        Assert.Equal(2, needs.Count);
        var kept = needs.Single(n => (string?)n!["id"] == ids["Rufbus-App"].ToString())!;
        Assert.Equal("Rufbus im ganzen Landkreis", (string?)kept["text"]);
        Assert.Equal(2, (int?)kept["supporters"]);
        Assert.Equal(2, kept["sources"]!.AsArray().Count);

        var undone = await Host.PostAsync($"/needs/{ids["Kein Rufbus auf dem Land"]}/unmerge", series.Moderator, series.Chat);

        Assert.Equal(HttpStatusCode.OK, undone.Status);
        Assert.Equal(3, undone.Json!["needs"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_participant_may_not_merge_and_nothing_changes()
    {
        var (series, item, ids) = await ThreeNeedsAsync();

        var refused = await Host.PostAsync($"/items/{item}/needs/merge", series.Participant, series.Chat,
            new JsonObject { ["keep"] = ids["Rufbus-App"], ["merge"] = new JsonArray(ids["Kein Rufbus auf dem Land"]) });

        Assert.Equal((HttpStatusCode.Forbidden, "NotModerator"), (refused.Status, refused.Code));
        var stored = await Host.Services.GetRequiredService<IForumStore>().GetNeedsAsync(Guid.Parse(item), CancellationToken.None);
        Assert.All(stored, n => Assert.Null(n.MergedIntoId));
    }

    [Fact]
    public async Task Merging_a_need_into_one_already_merged_is_a_conflict_said_in_the_request_language()
    {
        var (series, item, ids) = await ThreeNeedsAsync();
        await Host.PostAsync($"/items/{item}/needs/merge", series.Moderator, series.Chat,
            new JsonObject { ["keep"] = ids["Rufbus-App"], ["merge"] = new JsonArray(ids["Kein Rufbus auf dem Land"]) });

        var chained = await Host.PostAsync($"/items/{item}/needs/merge", series.Moderator, series.Chat,
            new JsonObject { ["keep"] = ids["Kein Rufbus auf dem Land"], ["merge"] = new JsonArray(ids["Homeoffice-Räume"]) }, "en");

        Assert.Equal(HttpStatusCode.Conflict, chained.Status);
        Assert.False(string.IsNullOrWhiteSpace(chained.Message));
    }

    /// <summary>Forum 1 running, three people each filing one need (three respondents: the ranking is published).</summary>
    private async Task<(SeriesChat Series, string Item, Dictionary<string, Guid> Ids)> ThreeNeedsAsync()
    {
        var series = await SeriesChat.CreateAsync(Host);
        Assert.Equal(HttpStatusCode.OK, (await Host.PostAsync("/forums/1/start", series.Moderator, series.Chat)).Status);
        var item = await series.ItemIdAsync(1, "bedarfe");
        (TeamsUser User, string Kind, string Text)[] filed =
        [
            (series.Participant, "Need", "Rufbus-App"),
            (series.Attendee, "Obstacle", "Kein Rufbus auf dem Land"),
            (series.Moderator, "Wish", "Homeoffice-Räume"),
        ];
        foreach (var (user, kind, text) in filed)
        {
            await series.OnboardAsync(user);
            var need = new JsonObject { ["kind"] = kind, ["topic"] = "smart-mobility", ["text"] = text, ["clientKey"] = text };
            Assert.Equal(HttpStatusCode.OK, (await Host.PostAsync($"/items/{item}/needs", user, series.Chat, need)).Status);
        }

        var stored = await Host.Services.GetRequiredService<IForumStore>().GetNeedsAsync(Guid.Parse(item), CancellationToken.None);
        return (series, item, stored.ToDictionary(n => n.Text, n => n.Id));
    }
}

public sealed class NeedsMergeApiOnSqliteTests : NeedsMergeApiTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class NeedsMergeApiOnPostgresTests(PostgresFixture postgres) : NeedsMergeApiTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
