using Collaboration.Forums.Application;

namespace Collaboration.Forums.Access;

/// <summary>
/// Who acts and where. Built only from an authenticated source: the bot's activity (signed by Teams), or the web app's
/// single sign-on token together with Teams' answer that the person is a member of the conversation the page named.
/// </summary>
/// <param name="ConversationId">The Teams conversation: a chat, a channel, a meeting's chat, or a personal chat.</param>
public sealed record Actor(UserRef User, string ConversationId, ConversationKind Kind)
{
    /// <summary>The meeting whose chat this is, when the conversation is a meeting's chat.</summary>
    public string? MeetingId { get; init; }

    /// <summary>The Entra tenant of the conversation; Teams' meeting APIs need it.</summary>
    public string? TenantId { get; init; }

    public bool InPersonalChat => Kind == ConversationKind.Personal;

    /// <summary>Someone signed in outside Teams (the Office add-in): no conversation, so only a named series can be reached.</summary>
    public static Actor WithoutConversation(UserRef user) => new(user, string.Empty, ConversationKind.None);
}
