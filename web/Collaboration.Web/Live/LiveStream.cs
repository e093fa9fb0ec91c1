using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace Collaboration.Web.Live;

/// <summary>
/// One viewer's server-sent events: `event: results` with a LiveItem's JSON, `event: forum` when the running forum
/// changed, and `: ping` comments. Writes come from the update loop and the ping loop, so they take turns.
/// </summary>
internal sealed class LiveStream : IDisposable
{
    private static readonly byte[] ResultsEvent = "event: results\ndata: "u8.ToArray();
    private static readonly byte[] ForumEvent = "event: forum\ndata: {}\n\n"u8.ToArray();
    private static readonly byte[] EventEnd = "\n\n"u8.ToArray();
    private static readonly byte[] Ping = ": ping\n\n"u8.ToArray();

    private readonly PipeWriter _body;
    private readonly SemaphoreSlim _turn = new(1, 1);

    private LiveStream(PipeWriter body) => _body = body;

    /// <summary>Sends the headers of an event stream that no cache or proxy holds back.</summary>
    public static async Task<LiveStream> StartAsync(HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        // nginx and similar proxies buffer responses unless told not to; a buffered stream shows votes minutes late.
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(cancellationToken);
        return new LiveStream(response.BodyWriter);
    }

    /// <param name="json">One LiveItem as the source rendered it: compact JSON, which has no line breaks.</param>
    public Task SendResultsAsync(ReadOnlyMemory<byte> json, CancellationToken cancellationToken) =>
        WriteAsync(ResultsEvent, json, EventEnd, cancellationToken);

    public Task SendForumChangedAsync(CancellationToken cancellationToken) => WriteAsync(ForumEvent, default, default, cancellationToken);

    public Task SendPingAsync(CancellationToken cancellationToken) => WriteAsync(Ping, default, default, cancellationToken);

    public void Dispose() => _turn.Dispose();

    private async Task WriteAsync(ReadOnlyMemory<byte> head, ReadOnlyMemory<byte> body, ReadOnlyMemory<byte> tail, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _body.Write(head.Span);
            _body.Write(body.Span);
            _body.Write(tail.Span);
            await _body.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _turn.Release();
        }
    }
}
