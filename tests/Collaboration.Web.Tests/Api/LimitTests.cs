namespace Collaboration.Web.Tests.Api;

/// <summary>An expensive action asked for too often is refused with 429, Retry-After and a sentence; nothing is sent.</summary>
public sealed class LimitTests : WebTest
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ActionLimits:FanOut:Permits"] = "1",
        ["ActionLimits:FanOut:Window"] = "01:00:00",
    };

    [Fact]
    public async Task A_second_push_within_the_window_is_refused_with_429_and_the_time_to_wait()
    {
        var meeting = await SeriesChat.CreateAsync(Host, meetingId: "MCMxOTptZWV0aW5n");
        await Host.PostAsync("/forums/1/start", meeting.Moderator, meeting.Chat);
        var item = await meeting.ItemIdAsync(1, "bedeutung");

        var first = await Host.PostAsync($"/items/{item}/push", meeting.Moderator, meeting.Chat);
        var second = await Host.PostAsync($"/items/{item}/push", meeting.Moderator, meeting.Chat, language: "en");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal((HttpStatusCode.TooManyRequests, "TooManyRequests"), (second.Status, second.Code));
        Assert.True(second.RetryAfter > TimeSpan.Zero, "no Retry-After");
        Assert.StartsWith("You have", second.Message, StringComparison.Ordinal);
        Assert.Single(Host.Teams.Pushes);
    }

    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}
