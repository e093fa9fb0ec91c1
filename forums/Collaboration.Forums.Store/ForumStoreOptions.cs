using System.ComponentModel.DataAnnotations;

namespace Collaboration.Forums.Store;

/// <summary>The "ForumStore" configuration section.</summary>
public sealed class ForumStoreOptions : IValidatableObject
{
    public const string SectionName = "ForumStore";

    [EnumDataType(typeof(ForumStoreProvider))]
    public ForumStoreProvider Provider { get; set; } = ForumStoreProvider.Sqlite;

    /// <summary>
    /// For SQLite optional (default <c>Data Source=data/forums.db</c>; a relative file is taken relative to the
    /// content root); for PostgreSQL required.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Whether the host brings the schema up to date at start (the default). Off where a DBA applies the reviewed
    /// scripts in <c>forums/Collaboration.Forums.Store/Scripts</c> and the app's database user may not change the
    /// schema: the host then only checks that no migration is pending and refuses to start otherwise.
    /// </summary>
    public bool MigrateAtStart { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == ForumStoreProvider.Postgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                $"{SectionName}:{nameof(ConnectionString)} is required when {SectionName}:{nameof(Provider)} is {nameof(ForumStoreProvider.Postgres)}.",
                [nameof(ConnectionString)]);
        }
    }
}
