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

    /// <summary>
    /// PostgreSQL: how long a store call waits in this instance's queue for one of the pool's connections
    /// (<see cref="Postgres.PoolQueue"/>) before it becomes "try again". Longer than Npgsql's own wait for a pooled
    /// connection (4 s), below Teams' invoke budget of about five seconds: what follows the wait on a vote is one batch
    /// and the voter's card, tens of milliseconds on a quiet machine, so half a second is left for it.
    /// </summary>
    public TimeSpan PoolWait { get; set; } = TimeSpan.FromSeconds(4.5);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PoolWait <= TimeSpan.Zero)
        {
            yield return new ValidationResult($"{SectionName}:{nameof(PoolWait)} must be a positive time span (e.g. 00:00:04.5).", [nameof(PoolWait)]);
        }

        if (Provider == ForumStoreProvider.Postgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                $"{SectionName}:{nameof(ConnectionString)} is required when {SectionName}:{nameof(Provider)} is {nameof(ForumStoreProvider.Postgres)}.",
                [nameof(ConnectionString)]);
        }
    }
}
