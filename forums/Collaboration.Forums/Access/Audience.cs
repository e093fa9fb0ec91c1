namespace Collaboration.Forums.Access;

/// <summary>Who may do an action, checked by the gate before any use case runs.</summary>
public enum Audience
{
    /// <summary>Anyone who can write to the bot (help, the list of templates).</summary>
    Anyone,

    /// <summary>
    /// Anyone in a conversation of the series: the chat it is bound to, or a personal chat it sent an item into.
    /// Being in that conversation is what makes a chat member a (possible) participant.
    /// </summary>
    Member,

    /// <summary>
    /// The series' moderators, configured moderators and administrators, and in the meeting chat the series is bound to,
    /// the meeting's organiser and presenters where configured (<c>ModeratorRule</c>).
    /// </summary>
    Moderator,

    /// <summary>Who may create a series; in a chat that has one already, only a moderator of that series.</summary>
    Creator,

    /// <summary>
    /// The person about their own data (or a privacy administrator for someone else's, which the use case decides), and
    /// only in the personal chat with the bot: the answer shows personal data nobody else in a chat should see.
    /// </summary>
    PersonInPersonalChat,
}
