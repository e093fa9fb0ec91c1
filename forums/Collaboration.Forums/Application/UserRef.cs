namespace Collaboration.Forums.Application;

/// <summary>Who is acting: the Entra object ID (or Teams user ID) and the display name Teams gave.</summary>
public sealed record UserRef(string Id, string Name);
