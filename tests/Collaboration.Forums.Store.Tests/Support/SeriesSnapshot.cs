using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Collaboration.Forums.Store.Tests.Support;

/// <summary>
/// The whole aggregate as JSON, so a round trip can be compared in one assertion (records holding lists compare by
/// reference, which says nothing about what the database kept). Times are written as UTC instants.
/// </summary>
public static class SeriesSnapshot
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Converters = { new UtcInstantConverter(), new JsonStringEnumConverter() },
    };

    public static string Of(ForumSeries? series) => JsonSerializer.Serialize(series, Options);

    private sealed class UtcInstantConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture);

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
    }
}
