namespace Collaboration.Simulator.Bench;

/// <summary>
/// Who votes in which burst of one size: every burst has voters of its own, so each measures first votes (a second
/// burst by the same people would measure changed votes, that is updates); the warm-up voters come after them and
/// vote on another item. With one burst the split is the one the benchmark always had.
/// </summary>
internal sealed class BurstVoters(IReadOnlyList<SimParticipant> people, int size, int bursts)
{
    /// <summary>Everyone who takes part: onboarded before the warm-up, for every bot alike.</summary>
    public IReadOnlyList<SimParticipant> Everyone => people;

    public int Size => size;

    public int Bursts => bursts;

    public IEnumerable<SimParticipant> WarmUp => people.Skip(size * bursts);

    /// <summary>The voters of burst <paramref name="burst"/> (0-based), in the order their votes are fired.</summary>
    public IReadOnlyList<SimParticipant> Burst(int burst) => [.. people.Skip(size * burst).Take(size)];

    public static BurstVoters Create(int size, int bursts, int warmUp, int seed) =>
        new(Population.Create(size * bursts + warmUp, seed), size, bursts);
}
