using System.Text.Json;
using System.Text.Json.Serialization;

namespace Collaboration.Forums.Privacy;

/// <summary>The JSON file a person receives: camelCase, indented for reading, enums as names.</summary>
public static class PersonalDataJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static byte[] ToUtf8(PersonalDataExport export) => JsonSerializer.SerializeToUtf8Bytes(export, Options);

    public static string ToText(PersonalDataExport export) => JsonSerializer.Serialize(export, Options);
}
