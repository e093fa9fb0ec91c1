using System.Collections.Concurrent;

namespace Collaboration.Simulator.Play;

/// <summary>
/// What the simulated participants sent and the bot confirmed: the last answer per (item, participant), every need
/// filed, every support given, plus the activities that failed. The store is compared against it at the end.
/// </summary>
internal sealed class Ledger
{
    private const int KeptProblems = 10;

    private readonly ConcurrentDictionary<(string ItemId, int Participant), string> _answers = new();
    private readonly ConcurrentDictionary<(string ItemId, int Participant), ConcurrentBag<string>> _needs = new();
    private readonly ConcurrentDictionary<string, int> _supports = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _problems = new();
    private long _activities;
    private long _failures;
    private long _refusals;
    private long _answersSent;

    public long Activities => Interlocked.Read(ref _activities);

    /// <summary>Activities the endpoint answered with an error status or not at all.</summary>
    public long Failures => Interlocked.Read(ref _failures);

    /// <summary>Answers the bot refused with a reason on the card (expected to be zero: the simulator sends valid answers).</summary>
    public long Refusals => Interlocked.Read(ref _refusals);

    /// <summary>Answer submissions sent (a changed answer counts twice).</summary>
    public long AnswersSent => Interlocked.Read(ref _answersSent);

    public IReadOnlyCollection<string> Problems => _problems;

    public IReadOnlyDictionary<(string ItemId, int Participant), string> Answers => _answers;

    public IEnumerable<(string ItemId, int Participant, string Need)> Needs =>
        _needs.SelectMany(n => n.Value.Select(text => (n.Key.ItemId, n.Key.Participant, text)));

    public int SupportsFor(string itemId) => _supports.GetValueOrDefault(itemId);

    public void Sent() => Interlocked.Increment(ref _activities);

    public void AnswerSent() => Interlocked.Increment(ref _answersSent);

    public void Answered(string itemId, int participant, string canonical) => _answers[(itemId, participant)] = canonical;

    public void NeedFiled(string itemId, int participant, string canonical) => _needs.GetOrAdd((itemId, participant), _ => []).Add(canonical);

    public void Supported(string itemId) => _supports.AddOrUpdate(itemId, 1, (_, n) => n + 1);

    public void Failed(string what)
    {
        Interlocked.Increment(ref _failures);
        Keep(what);
    }

    public void Refused(string what)
    {
        Interlocked.Increment(ref _refusals);
        Keep(what);
    }

    private void Keep(string what)
    {
        if (_problems.Count < KeptProblems)
        {
            _problems.Enqueue(what);
        }
    }
}
