using System.Text.Json;

namespace Collaboration.Forums.Outbox;

/// <summary>
/// The payload of an "erase-person-archive" message: the SharePoint work an erasure leaves. It names no person: the
/// list items go by need id (random ids), the forums by series and number.
/// </summary>
/// <param name="NeedIds">Needs the person filed (removed or kept without author): their list items are deleted.</param>
/// <param name="Forums">Closed forums with the person's data: archived again from the erased store.</param>
public sealed record ErasePersonArchivePayload(IReadOnlyList<Guid> NeedIds, IReadOnlyList<ArchiveForumPayload> Forums)
{
    public const string Kind = "erase-person-archive";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ErasePersonArchivePayload Parse(string json) =>
        JsonSerializer.Deserialize<ErasePersonArchivePayload>(json, Json)
        ?? throw new InvalidDataException("An erase-person-archive payload is null.");
}
