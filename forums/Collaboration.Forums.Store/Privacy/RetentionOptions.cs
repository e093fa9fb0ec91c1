using System.ComponentModel.DataAnnotations;

namespace Collaboration.Forums.Store.Privacy;

/// <summary>The "Retention" section: how often the retention sweep runs and how long finished outbox messages stay.</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Off in a process that should leave the sweep to others; several instances sweeping at once is harmless.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The first sweep runs one interval after start, then every interval.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Days a finished outbox message stays for operators to look at; erasure jobs are deleted when done.</summary>
    [Range(1, 3650)]
    public int OutboxDays { get; set; } = 30;
}
