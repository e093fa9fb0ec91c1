using System.Collections.Concurrent;
using Collaboration.Forums.Access;
using Collaboration.Forums.Application;
using Collaboration.Forums.Items;
using Collaboration.Forums.Series;
using Collaboration.Web.Teams;

namespace Collaboration.Web.Tests.Support;

/// <summary>
/// Teams' word on who is in which conversation, and the meeting notifications asked for, until the bot's own
/// implementations (branch "meeting") answer through the fake Bot Connector. A test names each chat's members.
/// </summary>
public sealed class TestTeams : ITeamsConversations, IMeetingPrompts
{
    private readonly ConcurrentDictionary<string, (ConversationKind Kind, string? MeetingId, ConcurrentDictionary<string, TeamsUser> Members)> _chats = new();

    public ConcurrentQueue<(string ConversationId, Guid ItemId, Uri AnswerUrl)> Pushes { get; } = new();

    public void AddChat(string conversationId, ConversationKind kind = ConversationKind.GroupChat, string? meetingId = null, params IEnumerable<TeamsUser> members)
    {
        var chat = _chats.GetOrAdd(conversationId, _ => (kind, meetingId, new ConcurrentDictionary<string, TeamsUser>()));
        foreach (var member in members)
        {
            chat.Members[member.AadObjectId] = member;
        }
    }

    public Task<ConversationMember?> FindMemberAsync(string conversationId, string userObjectId, string? tenantId, CancellationToken cancellationToken) =>
        Task.FromResult(_chats.TryGetValue(conversationId, out var chat) && chat.Members.TryGetValue(userObjectId, out var user)
            ? new ConversationMember(conversationId, chat.Kind, new UserRef(user.AadObjectId, user.Name), user.Id, chat.MeetingId, tenantId)
            : null);

    public Task<MeetingPromptResult> PushAsync(ConversationMember moderator, ForumSeries series, ForumItem item, Uri answerUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(moderator);
        ArgumentNullException.ThrowIfNull(item);
        Pushes.Enqueue((moderator.ConversationId, item.Id, answerUrl));
        var members = _chats.TryGetValue(moderator.ConversationId, out var chat) ? chat.Members.Count : 0;
        return Task.FromResult(new MeetingPromptResult(members, 0));
    }
}
