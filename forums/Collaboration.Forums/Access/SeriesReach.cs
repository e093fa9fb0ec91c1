namespace Collaboration.Forums.Access;

/// <summary>Which series an action may touch, always found from the conversation, never from card data.</summary>
public enum SeriesReach
{
    /// <summary>No series (help, templates).</summary>
    None,

    /// <summary>The series bound to the conversation, if there is one (creating a series, which would replace it).</summary>
    BoundIfAny,

    /// <summary>The series of the conversation: bound to it, or one that sent an item into this personal chat.</summary>
    Conversation,

    /// <summary>Only the series bound to the conversation itself (a private fan-out reads that chat's roster).</summary>
    Bound,

    /// <summary>
    /// No conversation at all (the Office add-in): the series the request names by id, for its moderators only. A series
    /// the actor does not moderate is refused exactly like one that does not exist, so nobody learns which ids exist.
    /// </summary>
    Named,
}
