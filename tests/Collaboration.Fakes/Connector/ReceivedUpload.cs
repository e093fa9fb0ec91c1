namespace Collaboration.Fakes.Connector;

/// <summary>A file the bot PUT into a fake OneDrive upload session (what Teams opens when a user accepts a file consent card).</summary>
/// <param name="Session">The session id from the upload URL.</param>
/// <param name="ContentRange">The request's Content-Range header, as sent.</param>
/// <param name="Body">The bytes received.</param>
public sealed record ReceivedUpload(string Session, string? ContentRange, byte[] Body);
