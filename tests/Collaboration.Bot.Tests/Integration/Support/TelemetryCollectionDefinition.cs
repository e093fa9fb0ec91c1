namespace Collaboration.Bot.Tests.Integration.Support;

/// <summary>
/// The telemetry tests run alone: listeners subscribe by source and meter name, process-wide, so a host of another
/// test running meanwhile would add its spans and counts to theirs. Their own PostgreSQL server comes with them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollectionDefinition : ICollectionFixture<PostgresFixture>
{
    public const string Name = "Telemetry";
}
