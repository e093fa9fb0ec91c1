namespace Collaboration.Bot.Interaction;

/// <summary>
/// What the interaction layer needs to know about an incoming activity, without Bot Framework types:
/// where it came from, who sent it, in which language to answer, and the conversation reference (opaque JSON)
/// under which the bot can post there later.
/// </summary>
/// <param name="WriteConversationReference">Writes the conversation reference's JSON; called at most once, when it is first needed.</param>
internal sealed record TurnInfo(string ConversationId, ConversationKind Kind, UserRef User, Language Language, Func<string> WriteConversationReference)
{
    private string? _conversationReference;

    /// <summary>
    /// The conversation reference as opaque JSON. Written only when asked for (binding a series, a private send): a
    /// vote never needs it, and serialising it on every turn cost a vote a few percent of its CPU.
    /// </summary>
    public string ConversationReference => _conversationReference ??= WriteConversationReference();

    /// <summary>The sender's Teams user id (MRI, "29:…"), which Teams needs for a user-specific card view.</summary>
    public string? TeamsUserId { get; init; }

    /// <summary>The meeting whose chat this is (Teams' channelData.meeting.id), or null outside meetings.</summary>
    public string? MeetingId { get; init; }

    /// <summary>The Entra tenant the activity came from.</summary>
    public string? TenantId { get; init; }

    /// <summary>Who acts and where, for the gate: everything in it came from the authenticated activity.</summary>
    public Actor Actor => new(User, ConversationId, Kind) { MeetingId = MeetingId, TenantId = TenantId };
}
