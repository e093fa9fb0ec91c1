using Collaboration.Forums.Retries;

namespace Collaboration.Forums.Ports;

/// <summary>
/// Sorts the exceptions of one service into <see cref="Failure"/>s. Each edge registers its own (the bot one for the Bot
/// Connector, graph-sync one for Graph), so the outbox worker, which runs every kind of job, needs to know none of them.
/// </summary>
public interface IFailureClassifier
{
    /// <returns>The failure, or null when the exception is not one of this service's.</returns>
    Failure? Classify(Exception exception);
}
