namespace Collaboration.Forums.Store.Entities;

/// <summary>A row of <c>series</c>. Lists that are always read with the series (groups, topics, ...) are JSON columns.</summary>
internal sealed class SeriesEntity
{
    public Guid Id { get; set; }

    public required string Title { get; set; }

    public string? Goal { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int MinGroupSize { get; set; }

    public required string Groups { get; set; }

    public required string Topics { get; set; }

    public required string Moderators { get; set; }

    public required string ImplementationPath { get; set; }

    public int RetentionMonths { get; set; }

    /// <summary>JSON of the series' data minimisation settings.</summary>
    public required string Minimisation { get; set; }

    /// <summary>
    /// Counted up by every write that changes what the domain's series holds (statuses, items, specs, moderators), so
    /// an instance can tell with a one-column read whether its cached snapshot of the series is still the stored one.
    /// </summary>
    public long Revision { get; set; }

    /// <summary>When the retention job removed the series' personal data; null until then.</summary>
    public DateTimeOffset? PersonalDataRemovedAt { get; set; }

    public List<ForumEntity> Forums { get; set; } = [];
}
