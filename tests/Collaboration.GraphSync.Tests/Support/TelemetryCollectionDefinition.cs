namespace Collaboration.GraphSync.Tests.Support;

/// <summary>
/// The telemetry tests run alone: listeners subscribe by source and meter name, process-wide, so a host of another
/// test running meanwhile would add its spans and counts to theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollectionDefinition
{
    public const string Name = "Telemetry";
}
