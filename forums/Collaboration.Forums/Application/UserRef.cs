namespace Collaboration.Forums.Application;

/// <summary>Who is acting: the Entra object ID (or Teams user ID) and the display name Teams gave.</summary>
public sealed record UserRef(string Id, string Name)
{
    /// <summary>
    /// The id a person's answers are stored under, wherever they act (group chat, channel, personal chat): the Entra
    /// object ID identifies them across chats; the Teams user ID is the fallback (the Playground and some clients send
    /// no object ID).
    /// </summary>
    public static string IdOf(string teamsId, string? aadObjectId) => string.IsNullOrEmpty(aadObjectId) ? teamsId : aadObjectId;
}
