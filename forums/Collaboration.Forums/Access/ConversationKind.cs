namespace Collaboration.Forums.Access;

/// <summary>Where an action comes from in Teams. A meeting's chat is a group chat (or a channel) with a meeting id.</summary>
public enum ConversationKind
{
    Personal,
    GroupChat,
    Channel,

    /// <summary>No Teams conversation: the Office add-in, which names its series instead (<see cref="SeriesReach.Named"/>).</summary>
    None,
}
