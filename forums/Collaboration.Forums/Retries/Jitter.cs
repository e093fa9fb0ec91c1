namespace Collaboration.Forums.Retries;

/// <summary>
/// The random part of every backoff, from one injected source: hosts register one per process, tests a seeded one, so
/// a test's waits are the same every run. <see cref="Random"/> instances are not thread-safe, and fan-out senders draw in
/// parallel, hence the lock.
/// </summary>
public sealed class Jitter(Random source)
{
    private readonly Lock _gate = new();

    /// <summary>A source for tests: the same waits every run.</summary>
    public static Jitter Seeded(int seed) => new(new Random(seed));

    /// <returns>A number in [0, 1).</returns>
    public double Next()
    {
        lock (_gate)
        {
#pragma warning disable CA5394 // Spreading retries needs no unpredictability, only spread.
            return source.NextDouble();
#pragma warning restore CA5394
        }
    }
}
