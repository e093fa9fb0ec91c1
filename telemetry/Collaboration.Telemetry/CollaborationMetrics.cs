using System.Diagnostics.Metrics;

namespace Collaboration.Telemetry;

/// <summary>
/// Every instrument of the meter "Collaboration", in one place; each call site is one line. Tags are closed sets
/// (item kind, outcome, job kind): never a product id, let alone a person's.
/// </summary>
public sealed class CollaborationMetrics : IDisposable
{
    private readonly Meter _meter;
    private readonly Counter<long> _votes;
    private readonly Counter<long> _answers;
    private readonly Histogram<double> _answerDuration;
    private readonly Histogram<double> _cardUpdateLag;
    private readonly Counter<long> _outboxFailures;
    private readonly Counter<long> _fanOutSends;
    private readonly Counter<long> _teamsThrottled;
    private readonly Counter<long> _graphRequests;
    private readonly Counter<long> _graphRetries;
    private int _backlogObserved;
    private int _liveObserved;

    public CollaborationMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(CollaborationTelemetry.Name);
        _votes = _meter.CreateCounter<long>("collaboration.votes", "{vote}", "Votes stored: closed answers and needs supported");
        _answers = _meter.CreateCounter<long>("collaboration.answers", "{answer}", "Answers stored, by item kind");
        _answerDuration = _meter.CreateHistogram("collaboration.answer.duration", "s", "From an answer's invoke received to its reply written",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
        _cardUpdateLag = _meter.CreateHistogram("collaboration.card_update.lag", "s", "From an item's first change to its card updated at Teams",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.5, 1, 2, 5, 10, 20, 30, 60, 120] });
        _outboxFailures = _meter.CreateCounter<long>("collaboration.outbox.failures", "{job}", "Outbox job runs that failed, by job kind");
        _fanOutSends = _meter.CreateCounter<long>("collaboration.fanout.sends", "{message}", "Private fan-out cards, by outcome (sent, deferred, failed)");
        _teamsThrottled = _meter.CreateCounter<long>("collaboration.teams.throttled", "{response}", "429 answers from the Bot Connector");
        _graphRequests = _meter.CreateCounter<long>("collaboration.graph.requests", "{request}", "Requests to Microsoft Graph, by outcome");
        _graphRetries = _meter.CreateCounter<long>("collaboration.graph.retries", "{retry}", "Requests to Microsoft Graph sent again after 429, 503 or 504");
    }

    /// <summary>A stored answer; closed answers (everything but open text) also count as a vote.</summary>
    public void AnswerStored(string itemKind)
    {
        _answers.Add(1, new KeyValuePair<string, object?>("kind", itemKind));
        if (itemKind is not ("openText" or "needs"))
        {
            _votes.Add(1);
        }
    }

    /// <summary>A need supported: one vote for it.</summary>
    public void NeedSupported() => _votes.Add(1);

    public void AnswerAnswered(TimeSpan duration) => _answerDuration.Record(duration.TotalSeconds);

    public void CardUpdated(TimeSpan lag) => _cardUpdateLag.Record(lag.TotalSeconds);

    public void OutboxFailed(string kind) => _outboxFailures.Add(1, new KeyValuePair<string, object?>("kind", kind));

    /// <summary>Observes the outbox backlog through <paramref name="read"/> at each collection; only the first caller counts.</summary>
    public void ObserveOutboxBacklog(Func<IEnumerable<Measurement<long>>> read)
    {
        if (Interlocked.Exchange(ref _backlogObserved, 1) == 0)
        {
            _meter.CreateObservableGauge("collaboration.outbox.backlog", read, "{job}", "Outbox jobs not done yet (due, waiting for a retry, or running)");
        }
    }

    public void FanOutSend(FanOutOutcome outcome) => _fanOutSends.Add(1, new KeyValuePair<string, object?>("outcome", outcome switch
    {
        FanOutOutcome.Sent => "sent",
        FanOutOutcome.Deferred => "deferred",
        _ => "failed",
    }));

    public void TeamsThrottled() => _teamsThrottled.Add(1);

    public void GraphRequest(GraphOutcome outcome) => _graphRequests.Add(1, new KeyValuePair<string, object?>("outcome", outcome switch
    {
        GraphOutcome.Success => "success",
        GraphOutcome.Throttled => "throttled",
        GraphOutcome.Failed => "failed",
        _ => "error",
    }));

    public void GraphRetry() => _graphRetries.Add(1);

    /// <summary>
    /// Observes the open live results streams through <paramref name="open"/>: the feed counts them already, so the
    /// up-down counter reads that count instead of a second one kept beside it. Only the first caller counts.
    /// </summary>
    public void ObserveLiveConnections(Func<int> open)
    {
        if (Interlocked.Exchange(ref _liveObserved, 1) == 0)
        {
            _meter.CreateObservableUpDownCounter("collaboration.live.connections", open, "{connection}", "Open live results streams");
        }
    }

    public void Dispose() => _meter.Dispose();
}
