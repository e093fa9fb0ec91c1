namespace Collaboration.Simulator.Teams;

/// <summary>A Teams user as an activity's <c>from</c> names them.</summary>
internal sealed record SimUser(string Id, string Name, string AadObjectId)
{
    public static SimUser FromObjectId(Guid objectId, string name) => new("29:" + objectId.ToString("D"), name, objectId.ToString("D"));
}
