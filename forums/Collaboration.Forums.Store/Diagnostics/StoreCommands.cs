using System.Diagnostics.Metrics;

namespace Collaboration.Forums.Store.Diagnostics;

/// <summary>
/// Counts the SQL statements this instance sends to the forum store, split into reads and writes. A round trip is
/// the cost a vote pays most often, so this is how the vote path and the idle workers are measured: by the tests
/// (an idle host writes nothing) and by <c>dotnet-counters monitor --counters Collaboration.Forums.Store</c>.
/// </summary>
public sealed class StoreCommands : IDisposable
{
    public const string MeterName = Collaboration.Telemetry.CollaborationTelemetry.StoreMeterName;

    private readonly Meter _meter;
    private readonly Counter<long> _commands;
    private readonly Histogram<int> _voteBatches;
    private long _reads;
    private long _writes;

    public StoreCommands(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(MeterName);
        _commands = _meter.CreateCounter<long>("collaboration.store.commands", unit: "{command}", description: "SQL statements sent to the forum store");
        // Full batches while votes wait mean the batches' round trips, not the requests, bound how fast votes are stored.
        _voteBatches = _meter.CreateHistogram<int>("collaboration.store.vote_batch.size", unit: "{vote}", description: "Votes written in one transaction");
    }

    /// <summary>Statements that only read, since the host started.</summary>
    public long Reads => Interlocked.Read(ref _reads);

    /// <summary>Statements that may write (INSERT, UPDATE, DELETE, or a batch holding one), since the host started.</summary>
    public long Writes => Interlocked.Read(ref _writes);

    internal void Count(string commandText)
    {
        var write = StatementKind.MayWrite(commandText);
        Interlocked.Increment(ref write ? ref _writes : ref _reads);
        _commands.Add(1, new KeyValuePair<string, object?>("kind", write ? "write" : "read"));
    }

    internal void CountVoteBatch(int votes) => _voteBatches.Record(votes);

    public void Dispose() => _meter.Dispose();
}
