namespace Collaboration.GraphSync.Archive;

/// <summary>One file of a forum's archive, as the bytes that go to the drive.</summary>
public sealed record ArchiveFile(string Name, byte[] Content);
