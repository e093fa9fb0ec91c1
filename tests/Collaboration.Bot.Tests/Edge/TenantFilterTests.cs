namespace Collaboration.Bot.Tests.Edge;

/// <summary>An activity from a tenant outside the allow-list is answered with a refusal and changes nothing in the store.</summary>
public abstract class TenantFilterTests : BotTest
{
    private const string OtherTenant = "0badc0de-0000-0000-0000-000000000666";

    protected override IReadOnlyDictionary<string, string?>? Settings =>
        new Dictionary<string, string?> { ["Bot:AllowedTenantIds:0"] = TeamsActivities.TenantId };

    [Fact]
    public async Task A_series_created_from_another_tenant_is_refused_and_stores_nothing()
    {
        var chat = Bot.NewChat();
        var foreign = new TeamsActivities(Bot.Connector.ServiceUrl, chat.ConversationId, tenantId: OtherTenant);
        var outsider = TeamsUser.Create("Oskar Außenstehend");

        var refusal = await Bot.SayAsync(foreign, outsider, "serie anlegen " + BuiltInSeries.Name);
        var status = await Bot.SayAsync(chat, TeamsUser.Create("Maria Moderatorin"), "status");

        Assert.Contains("nicht freigegeben", Assert.Single(refusal).Text, StringComparison.Ordinal);
        Assert.Contains("noch keine Forenreihe", Assert.Single(status).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vote_from_another_tenant_is_refused_and_not_counted()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var foreign = new TeamsActivities(Bot.Connector.ServiceUrl, forum.Chat.ConversationId, tenantId: OtherTenant);
        var outsider = TeamsUser.Create("Oskar Außenstehend");
        var vote = foreign.Execute(outsider, "answer", new System.Text.Json.Nodes.JsonObject { ["itemId"] = forum.ItemId("bedeutung"), ["in.rating"] = "5" });

        using var response = await Bot.PostAsync(vote);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
        var store = (Collaboration.Forums.Ports.IForumStore)Bot.Services.GetService(typeof(Collaboration.Forums.Ports.IForumStore))!;
        Assert.Equal(0, await store.CountResponsesAsync(Guid.Parse(forum.ItemId("bedeutung")), CancellationToken.None));
    }
}

public sealed class TenantFilterOnSqliteTests : TenantFilterTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class TenantFilterOnPostgresTests(PostgresFixture postgres) : TenantFilterTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
