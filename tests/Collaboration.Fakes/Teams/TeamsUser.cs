namespace Collaboration.Fakes.Teams;

/// <summary>A Teams user as an activity's <c>from</c> names them.</summary>
public sealed record TeamsUser(string Id, string Name, string AadObjectId)
{
    public static TeamsUser Create(string name) => FromObjectId(Guid.NewGuid(), name);

    /// <summary>A user with a fixed Entra object id, so that a seeded run meets the same people again.</summary>
    public static TeamsUser FromObjectId(Guid objectId, string name) => new("29:" + objectId.ToString("D"), name, objectId.ToString("D"));
}
