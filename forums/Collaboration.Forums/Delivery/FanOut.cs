namespace Collaboration.Forums.Delivery;

/// <summary>
/// One private send of an item to every member of the chat a series is bound to (or, for a reminder, to those who
/// got the item and have not answered). The recipients and their delivery state are stored beside it, so the
/// send can resume after a restart without sending anybody the card twice.
/// </summary>
/// <param name="SourceConversationId">The group chat, channel or team the moderator asked in; its roster is read.</param>
/// <param name="SourceReference">The bot's opaque reference to that conversation (service URL, tenant, bot).</param>
/// <param name="RequestedBy">The moderator's user id.</param>
public sealed record FanOut(
    Guid Id,
    Guid SeriesId,
    Guid ItemId,
    FanOutKind Kind,
    string SourceConversationId,
    string SourceReference,
    string RequestedBy,
    DateTimeOffset CreatedAt)
{
    /// <summary>For a reminder: the item fan-out whose recipients it reminds.</summary>
    public Guid? RemindsOf { get; init; }

    /// <summary>When the whole roster was stored; a reminder's recipients are known at once.</summary>
    public DateTimeOffset? RosterReadAt { get; init; }

    /// <summary>When every recipient was either sent or found unreachable, and the moderator got the summary.</summary>
    public DateTimeOffset? CompletedAt { get; init; }
}

public enum FanOutKind
{
    /// <summary>The item card itself.</summary>
    Item,

    /// <summary>A short reminder to answer the item sent before.</summary>
    Reminder,
}
