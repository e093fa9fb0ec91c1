using Collaboration.Forums.Outbox;
using Collaboration.Forums.Retries;
using Collaboration.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Collaboration.Forums.Store.Outbox;

/// <summary>
/// Leases outbox messages, runs their jobs and records the outcome: done, due again after a backoff (as long as the
/// service asked, when it throttled), or poisoned: at once when the failure is permanent (a Graph 403, a chat that is
/// gone), else after the configured number of attempts. The edges sort their services' exceptions
/// (<see cref="IFailureClassifier"/>); an exception none of them knows counts as transient. A worker stopped mid-job
/// leaves its lease to expire, so the message runs again (jobs are idempotent) instead of being lost or marked done
/// half-way.
/// A worker leases only the kinds it has jobs for, so the bot and a graph-sync process can share one outbox, each
/// doing its own part.
/// </summary>
public sealed partial class OutboxWorker(
    IOutbox outbox,
    IEnumerable<IOutboxJob> jobs,
    IEnumerable<IFailureClassifier> classifiers,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    Jitter jitter,
    CollaborationMetrics metrics,
    OutboxBacklog backlog,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    private readonly Dictionary<string, IOutboxJob> _jobs = jobs.ToDictionary(j => j.Kind, StringComparer.Ordinal);
    private readonly IFailureClassifier[] _classifiers = [.. classifiers];
    // A job's attempts are counted, so a throttled job waits at least its backoff: an outage answering "Retry-After: 1"
    // must not use them all up within seconds (see RetryPolicy.ThrottleWaitsAtLeastBackoff).
    private readonly RetryPolicy _retries = new(options.Value.MaxAttempts, options.Value.BaseBackoff, options.Value.MaxBackoff)
    {
        ThrottleWaitsAtLeastBackoff = true,
    };
    private readonly string _owner = options.Value.WorkerId ?? $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        metrics.ObserveOutboxBacklog(backlog.Measure);
        if (!options.Value.WorkerEnabled)
        {
            Log.Disabled(logger);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            int leased;
            try
            {
                leased = await RunOnceAsync(stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The database may be briefly unreachable; the worker may run inside the bot host and must not stop it.
                Log.LoopFailed(logger, error);
                leased = 0;
            }

            if (leased == 0)
            {
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
            }
        }
    }

    /// <summary>Leases one batch and runs it; the number of messages leased.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var batch = await outbox.LeaseAsync(_owner, _jobs.Keys, options.Value.BatchSize, options.Value.LeaseDuration, cancellationToken);
        foreach (var entry in batch)
        {
            await RunAsync(entry, cancellationToken);
        }

        return batch.Count;
    }

    private async Task RunAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        // Leased by kind, so a job is there for it.
        var job = _jobs[entry.Kind];
        using var span = CollaborationTelemetry.StartOutboxJob(entry.Kind, entry.Id, entry.Attempts + 1);
        using var lease = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var keeper = KeepLeaseAsync(entry, lease);
        try
        {
            await job.RunAsync(entry, lease.Token);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Log.Interrupted(logger, entry.Id, entry.Kind);
            throw;
        }
        catch (OperationCanceledException) when (lease.IsCancellationRequested)
        {
            // The lease went to another worker, which now owns the message's outcome; recording one here would race it.
            return;
        }
        catch (Exception error)
        {
            // Any failure (Graph, Teams, network, credentials, or a bug in a job) counts as a failed attempt, so a
            // message that cannot succeed ends poisoned instead of taking the worker, and the bot host, down.
            span.Failed(error);
            await FailAsync(entry, Classify(error), cancellationToken);
            return;
        }
        finally
        {
            await lease.CancelAsync();
            await keeper;
        }

        await outbox.CompleteAsync(entry.Id, cancellationToken);
        Log.Completed(logger, entry.Id, entry.Kind, entry.Attempts);
    }

    /// <summary>
    /// Renews the lease at a third of its term while the job runs, so a long upload is not taken over by another
    /// worker; if the lease was lost anyway (a long pause), cancels the job.
    /// </summary>
    private async Task KeepLeaseAsync(OutboxEntry entry, CancellationTokenSource lease)
    {
        var term = options.Value.LeaseDuration;
        try
        {
            while (true)
            {
                await Task.Delay(term / 3, time, lease.Token);
                if (!await TryExtendAsync(entry, term, lease.Token))
                {
                    Log.LeaseLost(logger, entry.Id, entry.Kind);
                    await lease.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (lease.IsCancellationRequested)
        {
            // The job ended (or the host stops): no more renewals needed.
        }
    }

    // A failed renewal (database hiccup) is not a lost lease: the next renewal may still land within the term.
    private async Task<bool> TryExtendAsync(OutboxEntry entry, TimeSpan term, CancellationToken cancellationToken)
    {
        try
        {
            return await outbox.ExtendLeaseAsync(entry.Id, _owner, term, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            Log.RenewalFailed(logger, entry.Id, error);
            return true;
        }
    }

    private async Task FailAsync(OutboxEntry entry, Failure failure, CancellationToken cancellationToken)
    {
        var delay = _retries.NextDelay(failure, entry.Attempts, jitter);
        var poison = delay is null;
        var next = time.GetUtcNow() + (delay ?? TimeSpan.Zero);
        var reason = poison && failure.Kind == FailureKind.Permanent ? $"Permanent, not retried: {failure.Reason}" : failure.Reason;
        metrics.OutboxFailed(entry.Kind);
        await outbox.FailAsync(entry.Id, reason, next, poison, cancellationToken);
        if (poison)
        {
            Log.Poisoned(logger, entry.Id, entry.Kind, entry.Attempts, reason);
        }
        else
        {
            Log.Failed(logger, entry.Id, entry.Kind, entry.Attempts, next, reason);
        }
    }

    /// <summary>
    /// A job's own verdict first (<see cref="PermanentJobException"/>: the forum was deleted, the payload unreadable), then
    /// the edge that knows the service; a failure nobody knows may be a hiccup and gets the attempts left.
    /// </summary>
    private Failure Classify(Exception error)
    {
        if (error is PermanentJobException)
        {
            return Failure.Permanent(Describe(error));
        }

        foreach (var classifier in _classifiers)
        {
            if (classifier.Classify(error) is { } failure)
            {
                return failure;
            }
        }

        return Failure.Transient(Describe(error));
    }

    // Jobs turn service errors into messages an operator can read (status, code, text); never request bodies.
    private static string Describe(Exception error) => $"{error.GetType().Name}: {error.Message}";

    // Events without an EventId get one derived from their name: EventName keeps the name, and so the id, they had
    // before they moved into Log.
    private static partial class Log
    {
        [LoggerMessage(EventName = "LogDisabled", Level = LogLevel.Information, Message = "The outbox worker is off (Outbox:WorkerEnabled=false); other instances work the outbox")]
        public static partial void Disabled(ILogger logger);

        [LoggerMessage(EventName = "LogCompleted", Level = LogLevel.Information, Message = "Outbox message {MessageId} ({Kind}) done after {Attempts} attempt(s)")]
        public static partial void Completed(ILogger logger, Guid messageId, string kind, int attempts);

        [LoggerMessage(EventName = "LogFailed", Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({Kind}) failed attempt {Attempts}; next at {NextAttemptAt}: {Reason}")]
        public static partial void Failed(ILogger logger, Guid messageId, string kind, int attempts, DateTimeOffset nextAttemptAt, [PersonalData] string reason);

        [LoggerMessage(EventName = "LogPoisoned", Level = LogLevel.Error, Message = "Outbox message {MessageId} ({Kind}) poisoned after {Attempts} attempt(s): {Reason}")]
        public static partial void Poisoned(ILogger logger, Guid messageId, string kind, int attempts, [PersonalData] string reason);

        [LoggerMessage(EventName = "LogLeaseLost", Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({Kind}) lost its lease to another worker; this run stops")]
        public static partial void LeaseLost(ILogger logger, Guid messageId, string kind);

        [LoggerMessage(EventName = "LogRenewalFailed", Level = LogLevel.Warning, Message = "Renewing the lease of outbox message {MessageId} failed; the next renewal tries again")]
        public static partial void RenewalFailed(ILogger logger, Guid messageId, Exception error);

        [LoggerMessage(EventName = "LogLoopFailed", Level = LogLevel.Error, Message = "The outbox worker could not lease or record messages; it tries again after the poll interval")]
        public static partial void LoopFailed(ILogger logger, Exception error);

        [LoggerMessage(EventName = "LogInterrupted", Level = LogLevel.Information, Message = "Outbox message {MessageId} ({Kind}) interrupted by shutdown; its lease will expire and it runs again")]
        public static partial void Interrupted(ILogger logger, Guid messageId, string kind);
    }
}
