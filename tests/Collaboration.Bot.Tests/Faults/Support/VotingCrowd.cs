using System.Collections.Concurrent;

namespace Collaboration.Bot.Tests.Faults.Support;

/// <summary>
/// Many voters clicking at once through the real HTTP endpoint, a fixed number in flight. Counts every answer the bot
/// gave by kind (HTTP status or transport failure) so that a test can say what the users saw.
/// </summary>
internal sealed class VotingCrowd(RemoteBot bot, RemoteForum forum, int size)
{
    private readonly ConcurrentDictionary<string, int> _answers = new(StringComparer.Ordinal);

    public IReadOnlyList<Voter> Voters { get; } = [.. Enumerable.Range(0, size).Select(i =>
        new Voter(TeamsUser.Create($"Teilnehmende {i}"), RemoteForum.PollChoices[i % RemoteForum.PollChoices.Count]))];

    public int VotedCount => Voters.Count(v => v.Voted);

    public IReadOnlyList<Voter> NotVoted => [.. Voters.Where(v => !v.Voted)];

    /// <summary>How often the bot answered with each kind ("200", "503", "no answer: ConnectionError", ...).</summary>
    public IReadOnlyDictionary<string, int> Answers => _answers.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public string Summary => string.Join(", ", _answers.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value}"));

    /// <summary>Each of <paramref name="voters"/> tries once, <paramref name="inFlight"/> at a time.</summary>
    public Task TryOnceAsync(IEnumerable<Voter> voters, int inFlight, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            voters,
            new ParallelOptions { MaxDegreeOfParallelism = inFlight, CancellationToken = cancellationToken },
            async (voter, token) => await voter.TryAsync(bot, forum, Record, token));

    /// <summary>
    /// Those who have not voted yet try again, round after round with a pause between, as people press the button
    /// again after an error; gives up after <paramref name="rounds"/>.
    /// </summary>
    public async Task RetryUntilAllVotedAsync(int rounds, int inFlight, CancellationToken cancellationToken)
    {
        for (var round = 0; round < rounds && NotVoted.Count > 0; round++)
        {
            await TryOnceAsync(NotVoted, inFlight, cancellationToken);
            if (NotVoted.Count > 0)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    private void Record(BotAnswer answer) => _answers.AddOrUpdate(answer.Kind, 1, (_, n) => n + 1);
}
