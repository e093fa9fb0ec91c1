using System.Text.Json;

namespace Collaboration.Forums.Outbox;

/// <summary>
/// The payload of a "post-archive-links" message: the links to an archived forum's files, to be posted into one
/// conversation bound to its series. One message per conversation, so a conversation that cannot be reached is
/// retried on its own and the others do not get their card twice.
/// </summary>
public sealed record ArchiveLinksPayload(Guid SeriesId, int ForumNumber, LocalizedText ForumTitle, IReadOnlyList<ArchivedFile> Files, string ConversationId)
{
    public const string Kind = "post-archive-links";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ArchiveLinksPayload Parse(string json) =>
        JsonSerializer.Deserialize<ArchiveLinksPayload>(json, Json)
        ?? throw new InvalidDataException("A post-archive-links payload is null.");
}

/// <summary>An archived file and its driveItem's webUrl (the link that opens it in SharePoint).</summary>
public sealed record ArchivedFile(string Name, Uri WebUrl);
