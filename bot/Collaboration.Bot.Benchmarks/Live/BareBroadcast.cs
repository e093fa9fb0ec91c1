using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Collaboration.Bot.Benchmarks.Live;

/// <summary>
/// The baseline: a Kestrel app whose only endpoint streams a fixed payload (of the live item's size, with a sequence
/// number) to every connected viewer whenever <see cref="Broadcast"/> is called. No store, no rendering, no gate: what
/// the transport alone costs on this machine.
/// </summary>
internal sealed class BareBroadcast : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly List<Channel<int>> _viewers = [];
    private readonly string _filler;

    private BareBroadcast(WebApplication app, int payloadBytes)
    {
        _app = app;
        _filler = new string('x', Math.Max(0, payloadBytes - 40));
    }

    public Uri Address { get; private set; } = null!;

    public int Viewers
    {
        get
        {
            lock (_lock)
            {
                return _viewers.Count;
            }
        }
    }

    public static async Task<BareBroadcast> StartAsync(int payloadBytes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var bare = new BareBroadcast(app, payloadBytes);
        app.MapGet("/bare", bare.StreamAsync);
        await app.StartAsync();
        bare.Address = LiveRun.ServerAddress(app.Services);
        return bare;
    }

    /// <summary>Sends sequence number <paramref name="seq"/> to every viewer (newest wins, as in the product).</summary>
    public void Broadcast(int seq)
    {
        lock (_lock)
        {
            foreach (var viewer in _viewers)
            {
                viewer.Writer.TryWrite(seq);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task StreamAsync(HttpContext context)
    {
        var updates = Channel.CreateBounded<int>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_lock)
        {
            _viewers.Add(updates);
        }

        try
        {
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-store";
            var token = context.RequestAborted;
            await Write(context, 0, token);
            await foreach (var seq in updates.Reader.ReadAllAsync(token))
            {
                await Write(context, seq, token);
            }
        }
        catch (OperationCanceledException)
        {
            // The viewer went.
        }
        finally
        {
            lock (_lock)
            {
                _viewers.Remove(updates);
            }
        }
    }

    private Task Write(HttpContext context, int seq, CancellationToken token) =>
        context.Response.WriteAsync($"event: results\ndata: {{\"seq\":{seq},\"filler\":\"{_filler}\"}}\n\n", Encoding.UTF8, token);
}
