using Collaboration.Forums.Outbox;

namespace Collaboration.Forums.Ports;

/// <summary>Runs the outbox messages of one kind. Jobs must be idempotent: a message may run again after a crash.</summary>
public interface IOutboxJob
{
    string Kind { get; }

    Task RunAsync(OutboxEntry entry, CancellationToken cancellationToken);
}
