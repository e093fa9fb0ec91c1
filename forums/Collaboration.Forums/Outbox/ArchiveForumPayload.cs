using System.Text.Json;

namespace Collaboration.Forums.Outbox;

/// <summary>The payload of an "archive-forum" message: which forum of which series to archive.</summary>
public sealed record ArchiveForumPayload(Guid SeriesId, int ForumNumber)
{
    public const string Kind = "archive-forum";

    // Web defaults give camelCase ({"seriesId":...,"forumNumber":...}), the form operators see in the table.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ArchiveForumPayload Parse(string json) =>
        JsonSerializer.Deserialize<ArchiveForumPayload>(json, Json)
        ?? throw new InvalidDataException("An archive-forum payload is null.");
}
