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
