using Collaboration.Forums.Application;

namespace Collaboration.Forums.Delivery;

/// <summary>A member as the conversation's roster lists them.</summary>
public sealed record RosterMember(string TeamsId, string? AadObjectId, string Name)
{
    /// <summary>The id answers are stored under (<see cref="UserRef.IdOf"/>), so one given in the personal chat is found for this member.</summary>
    public string UserId => UserRef.IdOf(TeamsId, AadObjectId);
}
