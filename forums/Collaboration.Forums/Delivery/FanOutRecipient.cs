namespace Collaboration.Forums.Delivery;

/// <summary>One member a fan-out sends to, and how far that send has come.</summary>
/// <param name="UserId">The same id the bot sees in that member's card actions (Entra object id, else Teams id).</param>
/// <param name="TeamsId">The Teams user id ("29:…") that a personal conversation is created with.</param>
/// <param name="Name">Display name from the roster, for the moderator's summary of unreachable members.</param>
public sealed record FanOutRecipient(Guid FanOutId, string UserId, string TeamsId, string Name)
{
    public RecipientState State { get; init; } = RecipientState.Pending;

    /// <summary>The personal chat with this member once it was created; a retry sends there without creating it again.</summary>
    public string? PersonalConversationId { get; init; }

    public string? ActivityId { get; init; }

    /// <summary>How often a send was started (claims), including the current one.</summary>
    public int Attempts { get; init; }

    public string? LastError { get; init; }

    /// <summary>A member of the roster, keyed the way card actions key the user (see <see cref="RosterMember.UserId"/>).</summary>
    public static FanOutRecipient Of(Guid fanOutId, RosterMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new FanOutRecipient(fanOutId, member.UserId, member.TeamsId, member.Name);
    }

    /// <summary>The same member in another fan-out (a reminder), keeping the personal chat that already exists.</summary>
    public FanOutRecipient For(Guid fanOutId) =>
        new(fanOutId, UserId, TeamsId, Name) { PersonalConversationId = PersonalConversationId };
}

public enum RecipientState
{
    Pending,
    Sent,
    Unreachable,
}
