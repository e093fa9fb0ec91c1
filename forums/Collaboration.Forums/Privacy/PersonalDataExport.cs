using System.Text.Json.Serialization;

namespace Collaboration.Forums.Privacy;

/// <summary>
/// Everything the store holds about one person, across all series (DSGVO Art. 15 access, Art. 20 portability).
/// Answers to anonymous questions are not in it: they are stored under a keyed hash without the person's id, and the
/// export does not compute that link (see <see cref="AnonymousAnswersNote"/> and docs/privacy.md).
/// </summary>
public sealed record PersonalDataExport(
    string UserId,
    DateTimeOffset ExportedAt,
    IReadOnlyList<ExportedProfile> Profiles,
    IReadOnlyList<ExportedAnswer> NamedAnswers,
    IReadOnlyList<ExportedNeed> Needs,
    IReadOnlyList<ExportedSupport> Supports,
    IReadOnlyList<ExportedDelivery> Deliveries,
    IReadOnlyList<ExportedSeriesRole> SeriesRoles,
    IReadOnlyList<ExportedArchive> Archives)
{
    /// <summary>Schema version of the JSON file, raised when a field changes meaning.</summary>
    public int SchemaVersion { get; init; } = 1;

    public string AnonymousAnswersNote { get; init; } =
        "Answers to anonymous questions are stored without your id under a keyed hash and are not part of this export. "
        + "Antworten auf anonyme Fragen sind ohne Ihre Kennung unter einem verschlüsselten Schlüssel gespeichert und nicht Teil dieses Exports.";

    [JsonIgnore]
    public bool IsEmpty => Profiles.Count == 0 && NamedAnswers.Count == 0 && Needs.Count == 0 && Supports.Count == 0
        && Deliveries.Count == 0 && SeriesRoles.Count == 0;
}

/// <summary>The onboarding declaration in one series.</summary>
public sealed record ExportedProfile(Guid SeriesId, string SeriesTitle, string DisplayName, string GroupKey, string Organisation,
    string? Municipality, DateTimeOffset JoinedAt);

/// <summary>A named answer (to a question that is not anonymous).</summary>
public sealed record ExportedAnswer(Guid SeriesId, int ForumNumber, string ItemKey, string Question, string GroupKey, Answer Answer,
    DateTimeOffset UpdatedAt);

/// <summary>
/// A need the person filed under their name, with its merge state: the need a moderator merged it into (id and
/// shown text), or, when others went into theirs, how many and the text the moderator gave the merged need.
/// </summary>
public sealed record ExportedNeed(Guid NeedId, Guid SeriesId, int ForumNumber, string ItemKey, NeedKind Kind, string TopicKey, string Text,
    DateTimeOffset CreatedAt)
{
    public Guid? MergedIntoNeedId { get; init; }

    public string? MergedIntoText { get; init; }

    /// <summary>How many needs were merged into this one; 0 when none.</summary>
    public int NeedsMergedIn { get; init; }

    public string? MergedText { get; init; }
}

/// <summary>A named "me too" for a need.</summary>
public sealed record ExportedSupport(Guid NeedId, Guid SeriesId, int ForumNumber, string ItemKey, string NeedText, DateTimeOffset CreatedAt);

/// <summary>A private send of a question or reminder to the person, and the personal chat it went to.</summary>
public sealed record ExportedDelivery(Guid FanOutId, Guid SeriesId, string ItemKey, string Kind, string State, string NameFromRoster,
    string? PersonalConversationId, DateTimeOffset UpdatedAt);

/// <summary>A series the person created or moderates by name.</summary>
public sealed record ExportedSeriesRole(Guid SeriesId, string SeriesTitle, string Role);

/// <summary>A forum with the person's data whose results were archived to SharePoint (files and the needs list).</summary>
public sealed record ExportedArchive(Guid SeriesId, string SeriesTitle, int ForumNumber, string ForumTitle, DateTimeOffset? ArchivedAt);
