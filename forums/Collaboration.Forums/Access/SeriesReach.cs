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
}
