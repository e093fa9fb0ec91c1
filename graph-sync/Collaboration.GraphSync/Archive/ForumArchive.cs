namespace Collaboration.GraphSync.Archive;

/// <summary>Everything archived for one forum: the files for <paramref name="Folder"/> and the needs for the list.</summary>
public sealed record ForumArchive(string Folder, IReadOnlyList<ArchiveFile> Files, IReadOnlyList<NeedRow> Needs);
