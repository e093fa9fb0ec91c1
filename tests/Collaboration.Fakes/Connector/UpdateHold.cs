namespace Collaboration.Fakes.Connector;

/// <summary>
/// Holds card updates (PUTs of activities) at the fake until released, as a slow Teams would: a test sees how many the
/// bot has in flight at once, without a clock.
/// </summary>
internal sealed class UpdateHold
{
    private readonly Lock _lock = new();
    private TaskCompletionSource? _gate;
    private int _held;
    private int _mostHeld;

    /// <summary>Updates waiting at the fake right now.</summary>
    public int Held => Volatile.Read(ref _held);

    /// <summary>The most updates that ever waited at once while held.</summary>
    public int MostHeld => Volatile.Read(ref _mostHeld);

    public void Hold()
    {
        lock (_lock)
        {
            _gate ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void Release()
    {
        lock (_lock)
        {
            _gate?.TrySetResult();
            _gate = null;
        }
    }

    public async Task WaitIfHeldAsync(CancellationToken cancellationToken)
    {
        Task? gate;
        lock (_lock)
        {
            gate = _gate?.Task;
        }

        if (gate is null)
        {
            return;
        }

        var held = Interlocked.Increment(ref _held);
        int most;
        while ((most = Volatile.Read(ref _mostHeld)) < held && Interlocked.CompareExchange(ref _mostHeld, held, most) != most)
        {
        }

        try
        {
            await gate.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _held);
        }
    }
}
