using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Collaboration.Reports.Export;

/// <summary>
/// The versioned export of a <see cref="SeriesReport"/>: results computed once, to be turned into documents elsewhere
/// (a laptop without database access, a later rerun that must give the same file).
/// </summary>
public static class ReportJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static void Write(SeriesReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        JsonSerializer.Serialize(output, report, Options);
    }

    public static string Serialize(SeriesReport report) => JsonSerializer.Serialize(report, Options);

    /// <summary>One item's results as the export writes them (the basis of the fragments' content hash).</summary>
    internal static byte[] SerializeResults(ItemResults results) => JsonSerializer.SerializeToUtf8Bytes(results, Options);

    /// <summary>Reads an export; a broken or newer file gives a message that says what is wrong, never an exception.</summary>
    public static ReportRead Read(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return ReportRead.Fail("The export file is empty.");
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("formatVersion", out var version) || version.ValueKind != JsonValueKind.Number)
            {
                return ReportRead.Fail("The file is not a results export: 'formatVersion' is missing.");
            }

            if (version.GetInt32() < SeriesReport.CurrentFormatVersion)
            {
                return ReportRead.Fail($"The export has format version {version.GetInt32()}, written before small groups were protected in every output; export the series again.");
            }

            if (version.GetInt32() > SeriesReport.CurrentFormatVersion)
            {
                return ReportRead.Fail($"The export has format version {version.GetInt32()}; this program reads up to {SeriesReport.CurrentFormatVersion}. Update the reports tool.");
            }

            var report = document.RootElement.Deserialize<SeriesReport>(Options);
            return report is null ? ReportRead.Fail("The export file is empty.") : new ReportRead(report, null);
        }
        catch (JsonException e)
        {
            return ReportRead.Fail($"The export file is not valid at {e.Path ?? "$"} (line {e.LineNumber + 1}): {e.Message}");
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var resolver = new DefaultJsonTypeInfoResolver();

        // ItemResults is the domain's abstract result type without a discriminator of its own; the export names each
        // subtype (as its kind registers it) so that a reader rebuilds the same results.
        resolver.Modifiers.Add(info =>
        {
            if (info.Type == typeof(ItemResults))
            {
                info.PolymorphismOptions = new JsonPolymorphismOptions
                {
                    TypeDiscriminatorPropertyName = "resultKind",
                };
                foreach (var kind in KindRenderings.All)
                {
                    info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(kind.ResultsType, kind.ExportName));
                }
            }
        });

        return new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            PropertyNameCaseInsensitive = true,
            WriteIndented = true,

            // A hand-edited or truncated export must fail here with the path of the gap, not later inside a writer.
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
            TypeInfoResolver = resolver,
        };
    }
}
