using System.ComponentModel.DataAnnotations;

namespace Collaboration.Forums.Store.Outbox;

/// <summary>The "Outbox" section: how a process's outbox worker leases, retries and gives up on messages.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>
    /// Off, this process leaves its outbox messages to other instances (e.g. several bot instances where only some
    /// should work the outbox); tests that drive workers by hand turn it off too.
    /// </summary>
    public bool WorkerEnabled { get; set; } = true;

    /// <summary>Names this worker in outbox leases; defaults to the machine name and process id.</summary>
    public string? WorkerId { get; set; }

    /// <summary>After this many failed attempts a message is poisoned and left for an operator.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    [Range(1, 100)]
    public int BatchSize { get; set; } = 4;

    /// <summary>Long enough for a large upload; a crashed worker's messages wait this long before another takes them.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(10);

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The first retry's delay; each further one doubles, up to <see cref="MaxBackoff"/>, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan BaseBackoff { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(1);
}
