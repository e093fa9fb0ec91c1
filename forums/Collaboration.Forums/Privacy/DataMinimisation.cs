using System.Text.Json.Serialization;

namespace Collaboration.Forums.Privacy;

/// <summary>
/// What a series asks and publishes about people (DSGVO Art. 5 (1) c, 25): set per template, privacy by default —
/// names leave the database (SharePoint list, CSV files) only where the series says so.
/// </summary>
public sealed class DataMinimisation
{
    public static DataMinimisation Default { get; } = new();

    /// <summary>Whether onboarding asks for the organisation, and whether it must be given.</summary>
    public FieldUse Organisation { get; init; } = FieldUse.Required;

    /// <summary>Whether onboarding asks for the town (never required).</summary>
    public FieldUse Municipality { get; init; } = FieldUse.Optional;

    /// <summary>Whether archived files and the needs list name the author of a named answer or need.</summary>
    public bool PublishNames { get; init; }

    /// <summary>Drops what the series does not ask for, whatever a (hand-made) card sent.</summary>
    public (string Organisation, string? Municipality) Keep(string organisation, string? municipality) =>
        (Organisation == FieldUse.Off ? string.Empty : organisation, Municipality == FieldUse.Off ? null : municipality);
}

[JsonConverter(typeof(JsonStringEnumConverter<FieldUse>))]
public enum FieldUse
{
    Off,
    Optional,
    Required,
}
