namespace Collaboration.Reports.Benchmarks;

/// <summary>The report's "as of" date fixed, so every run writes the same documents.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
