using System.Collections.Concurrent;
using System.Text;
using System.Threading.Channels;
using Collaboration.Forums.Text;
using Collaboration.Web.Live;

namespace Collaboration.Web.Tests.Live;

/// <summary>
/// A live item source for the feed's own tests: renders {"itemId","language","version"} with the item's current
/// version, counts its renders, and when gated holds each render until the test lets it finish.
/// </summary>
internal sealed class CountingItemSource : ILiveItemSource, IDisposable
{
    private readonly ConcurrentDictionary<Guid, int> _versions = new();
    private readonly Channel<Guid> _started = Channel.CreateUnbounded<Guid>();
    private readonly SemaphoreSlim _gate = new(0, int.MaxValue);
    private int _renders;

    public bool Gated { get; init; }

    public bool Failing { get; set; }

    public int Renders => Volatile.Read(ref _renders);

    public void SetVersion(Guid itemId, int version) => _versions[itemId] = version;

    /// <summary>Waits until a render has started (gated sources hold it there).</summary>
    public async Task<Guid> StartedAsync() => await _started.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    public void Release() => _gate.Release();

    public void Dispose() => _gate.Dispose();

    public async Task<ReadOnlyMemory<byte>?> RenderAsync(Guid itemId, Language language, CancellationToken cancellationToken)
    {
        var version = _versions.GetValueOrDefault(itemId);
        Interlocked.Increment(ref _renders);
        _started.Writer.TryWrite(itemId);
        if (Gated)
        {
            await _gate.WaitAsync(cancellationToken);
        }

        if (Failing)
        {
            throw new InvalidOperationException("The store is gone.");
        }

        return Encoding.UTF8.GetBytes($$"""{"itemId":"{{itemId}}","language":"{{language}}","version":{{version}}}""");
    }
}
