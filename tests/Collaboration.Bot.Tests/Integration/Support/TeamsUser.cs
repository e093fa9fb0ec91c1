namespace Collaboration.Bot.Tests.Integration.Support;

/// <summary>A Teams user as an activity's <c>from</c> names them.</summary>
public sealed record TeamsUser(string Id, string Name, string AadObjectId)
{
    public static TeamsUser Create(string name)
    {
        var objectId = Guid.NewGuid().ToString();
        return new TeamsUser("29:" + objectId, name, objectId);
    }
}
