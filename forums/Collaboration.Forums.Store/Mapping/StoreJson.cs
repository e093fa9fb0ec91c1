using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Collaboration.Forums.Answers;

namespace Collaboration.Forums.Store.Mapping;

/// <summary>
/// The JSON form of specs, answers and texts in the database. Enums as names so reordering an enum never changes
/// stored meaning; computed getters (ItemSpec.KindName, CarryTarget) are left out because they restate other fields.
/// </summary>
internal static class StoreJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    // Answers are read by the thousand (results, reports, tallies of distinct answers): their keyed parts compact.
    private static readonly JsonSerializerOptions AnswerOptions = CreateOptions(new CompactDictionaryConverter());

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static string? WriteOptional<T>(T? value)
        where T : class => value is null ? null : Write(value);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException($"Stored JSON for {typeof(T).Name} is null.");

    public static T? ReadOptional<T>(string? json)
        where T : class => json is null ? null : Read<T>(json);

    /// <summary>A stored answer, its keyed parts read as <see cref="CompactDictionary{TValue}"/> with shared keys.</summary>
    public static Answer ReadAnswer(string json) =>
        JsonSerializer.Deserialize<Answer>(json, AnswerOptions) ?? throw new InvalidDataException("Stored JSON for Answer is null.");

    private static JsonSerializerOptions CreateOptions(params JsonConverter[] converters)
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(LeaveOutComputedProperties);
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = resolver,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        foreach (var converter in converters)
        {
            options.Converters.Add(converter);
        }
        options.MakeReadOnly();
        return options;
    }

    private static void LeaveOutComputedProperties(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            if (typeInfo.Properties[i].Set is null && typeInfo.Properties[i].AssociatedParameter is null)
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }
    }
}
