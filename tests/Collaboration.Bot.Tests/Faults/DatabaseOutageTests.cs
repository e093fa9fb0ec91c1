using System.Diagnostics;
using Collaboration.Bot.Tests.Faults.Support;
using Xunit.Abstractions;

namespace Collaboration.Bot.Tests.Faults;

/// <summary>
/// PostgreSQL goes away under a running bot and comes back. Voters clicking meanwhile get a "try again" card that
/// keeps what they entered, commands get a clear notice, nobody sees a 500, readiness says Unhealthy, and once the
/// server is back the same bot process serves again, without a restart.
/// The test starts a server of its own (a throw-away cluster), because it stops it; it runs in the PostgreSQL
/// collection only so that it does not compete for the two cores with the other bot-process tests.
/// </summary>
[Collection(PostgresFixture.Collection)]
public sealed class DatabaseOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string UnavailableText = "Die Forumsdatenbank ist gerade nicht erreichbar";
    private const string NeedSavedText = "Danke, Ihr Eintrag ist eingereicht";
    private const int VotersBefore = 6;
    private const int VotersDuring = 6;

    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(4);

    private PostgresServer? _server;

    private PostgresServer Server => _server ?? throw new InvalidOperationException("The server starts in InitializeAsync.");

    public async Task InitializeAsync() => _server = await PostgresServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task While_PostgreSQL_is_down_clicks_get_a_try_again_card_keeping_the_input_and_the_bot_recovers_by_itself()
    {
        using var deadline = new CancellationTokenSource(Deadline);
        await using var store = await ThrowAwayStore.PostgresAsync(Server);
        var logPath = Path.Combine(Path.GetTempPath(), $"collab-outage-{Guid.NewGuid():N}.log");
        await using var bot = await RemoteBot.StartAsync(store, logPath);
        var forum = await RemoteForum.StartAsync(bot);
        var crowd = new VotingCrowd(bot, forum, VotersBefore + VotersDuring);
        var before = crowd.Voters.Take(VotersBefore).ToList();
        var during = crowd.Voters.Skip(VotersBefore).ToList();
        await crowd.TryOnceAsync(before, VotersBefore, deadline.Token);
        Assert.All(before, v => Assert.True(v.Voted));
        foreach (var voter in during)
        {
            Assert.True((await bot.PostAsync(voter.JoinInvoke(forum), deadline.Token)).Status == HttpStatusCode.OK);
        }

        await Server.StopAsync(deadline.Token);
        await WaitForReadinessAsync(bot, HttpStatusCode.ServiceUnavailable, "Unhealthy", deadline.Token);

        // The outage, as users meet it: votes, a long need, a command.
        var statuses = new List<string>();
        var clock = Stopwatch.StartNew();
        var retryCards = new List<(Voter Voter, JsonNode Card)>();
        foreach (var voter in during)
        {
            var answer = await bot.PostAsync(voter.VoteInvoke(forum), deadline.Token);
            statuses.Add(answer.Kind);
            Assert.True(answer.CardText.Contains(UnavailableText, StringComparison.Ordinal), answer.Describe());
            var kept = Assert.Single(CardReader.Elements(answer.Card!, "Action.Execute"))["data"]!;
            Assert.Equal(voter.Choice, (string?)kept["in.choice"]);
            Assert.Equal(forum.PollItemId, (string?)kept["itemId"]);
            retryCards.Add((voter, answer.Card!));
        }

        var needAuthor = during[0].User;
        var longNeed = string.Concat(Enumerable.Repeat("Glasfaser bis in jedes Dorf, damit Homeoffice und Telemedizin möglich werden. ", 5)).Trim();
        var needAnswer = await bot.PostAsync(forum.Chat.Execute(needAuthor, "submitNeed", new JsonObject
        {
            ["itemId"] = forum.Items["bedarfe"].ItemId,
            ["clientKey"] = Guid.NewGuid().ToString("N"),
            ["in.needKind"] = "Need",
            ["in.needTopic"] = "smart-mobility",
            ["in.needText"] = longNeed,
        }), deadline.Token);
        statuses.Add(needAnswer.Kind);
        Assert.Equal(longNeed, CardReader.InputValue(needAnswer.Card ?? throw new Xunit.Sdk.XunitException(needAnswer.Describe()), "in.needText"));

        var statusBefore = bot.Connector.ReceivedActivities.Count;
        var command = await bot.PostAsync(forum.Chat.Message(forum.Moderator, "status"), deadline.Token);
        statuses.Add(command.Kind);
        var notice = Assert.Single(bot.PostedSince(forum.Chat, statusBefore));
        Assert.Contains(UnavailableText, notice.Text, StringComparison.Ordinal);
        output.WriteLine($"{statuses.Count} requests during the outage answered in {clock.Elapsed} in all: {string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Key} × {g.Count()}"))}");
        Assert.All(statuses, status => Assert.Equal("200", status));

        await Server.StartAgainAsync(deadline.Token);
        await WaitForReadinessAsync(bot, HttpStatusCode.OK, "Healthy", deadline.Token);

        // Back, without a restart: each "send again" button does what the first click could not.
        foreach (var (voter, card) in retryCards)
        {
            var again = await bot.PostAsync(CardButton.Press(forum.Chat, voter.User, card), deadline.Token);
            Assert.True(Voter.IsSaved(again), again.Describe());
        }

        var needAgain = await bot.PostAsync(CardButton.Press(forum.Chat, needAuthor, needAnswer.Card), deadline.Token);
        Assert.Contains(NeedSavedText, needAgain.CardText, StringComparison.Ordinal);
        var overview = await bot.SayAsync(forum.Chat, forum.Moderator, "status");
        Assert.DoesNotContain(UnavailableText, Assert.Single(overview).Text, StringComparison.Ordinal);

        Assert.Equal([longNeed], await StoredVotes.ReadNeedTextsAsync(store));
        var stored = await StoredVotes.ReadAsync(store);
        Assert.Equal(crowd.Voters.Select(v => (v.User.AadObjectId, v.Choice)).Order(), stored.Select(r => (r.UserId, r.Choice)).Order());
        var problems = await AdaptiveCardValidator.ValidateAsync([.. retryCards.Select(r => r.Card.ToJsonString()), needAnswer.Card.ToJsonString(), notice.Card.ToJsonString()]);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));

        // Kept only when the test fails, for diagnosis.
        File.Delete(logPath);
    }

    /// <summary>Polls /health/ready until it reports <paramref name="status"/> overall; the outage takes a moment to be noticed.</summary>
    private static async Task WaitForReadinessAsync(RemoteBot bot, HttpStatusCode code, string status, CancellationToken cancellationToken)
    {
        (HttpStatusCode Status, string Body)? last = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            last = await bot.ReadinessAsync();
            if (last is { } ready && ready.Status == code && JsonNode.Parse(ready.Body)?["status"]?.GetValue<string>() == status)
            {
                return;
            }

            await Task.Delay(200, CancellationToken.None);
        }

        throw new TimeoutException($"/health/ready never said {status}; last: {last?.Status} {last?.Body}. Bot log {bot.Process.LogPath}:\n{bot.Process.Tail()}");
    }
}
