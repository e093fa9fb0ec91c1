namespace Collaboration.Forums.Delivery;

/// <summary>A member as the conversation's roster lists them.</summary>
public sealed record RosterMember(string TeamsId, string? AadObjectId, string Name)
{
    /// <summary>
    /// The id answers are stored under: the Entra object id, else the Teams id, the same rule the bot applies to the
    /// sender of a card action. So an answer given in the personal chat is found for this member.
    /// </summary>
    public string UserId => string.IsNullOrEmpty(AadObjectId) ? TeamsId : AadObjectId;
}
