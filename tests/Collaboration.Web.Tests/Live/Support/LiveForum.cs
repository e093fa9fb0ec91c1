using System.Globalization;
using Collaboration.Fakes.Connector;

namespace Collaboration.Web.Tests.Live.Support;

/// <summary>A group chat whose moderator created the built-in series and started forum 1, with its members known to the fake Teams.</summary>
internal sealed class LiveForum
{
    private LiveForum(TeamsActivities chat, TeamsUser moderator, Guid seriesId, IReadOnlyDictionary<string, Guid> items)
    {
        Chat = chat;
        Moderator = moderator;
        SeriesId = seriesId;
        Items = items;
    }

    public TeamsActivities Chat { get; }

    public TeamsUser Moderator { get; }

    public Guid SeriesId { get; }

    public IReadOnlyDictionary<string, Guid> Items { get; }

    public static async Task<LiveForum> StartAsync(LiveHost host)
    {
        var chat = new TeamsActivities(host.Connector.ServiceUrl, $"19:{Guid.NewGuid():N}@thread.v2");
        var moderator = TeamsUser.Create("Maria Moderatorin");
        host.Connector.AddMembers(chat.ConversationId, new ConnectorMember(moderator.Id, moderator.Name, moderator.AadObjectId, TenantId: TeamsActivities.TenantId));
        await host.SayAsync(chat, moderator, "serie anlegen rdz-salzlandkreis");
        await host.SayAsync(chat, moderator, "forum starten 1");
        var (seriesId, items) = await host.RunningForumAsync(chat);
        return new LiveForum(chat, moderator, seriesId, items);
    }

    /// <summary>Someone Teams knows as a member of the chat (the page's membership check asks it).</summary>
    public TeamsUser Member(FakeConnectorService connector, string name)
    {
        var user = TeamsUser.Create(name);
        connector.AddMembers(Chat.ConversationId, new ConnectorMember(user.Id, user.Name, user.AadObjectId, TenantId: TeamsActivities.TenantId));
        return user;
    }

    /// <summary>Onboards the participant and rates an item through the card's invoke, as Teams sends it.</summary>
    public async Task RateAsync(LiveHost host, TeamsUser user, string key, int rating)
    {
        await host.ExecuteAsync(Chat, user, "onboard", new JsonObject
        {
            ["seriesId"] = SeriesId.ToString(),
            ["in.group"] = "kommune",
            ["in.organisation"] = "Stadt Bernburg",
        });
        await host.ExecuteAsync(Chat, user, "answer", new JsonObject
        {
            ["itemId"] = Items[key].ToString(),
            ["in.rating"] = rating.ToString(CultureInfo.InvariantCulture),
        });
    }
}
