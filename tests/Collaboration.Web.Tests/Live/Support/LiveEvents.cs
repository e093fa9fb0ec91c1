using System.Text.Json;

namespace Collaboration.Web.Tests.Live.Support;

/// <summary>Reads a live stream's server-sent events as they come: (event name, data), comments as (":", text).</summary>
internal sealed class LiveEvents(HttpResponseMessage response) : IDisposable
{
    private StreamReader? _reader;

    public HttpResponseMessage Response => response;

    public async Task<(string Event, string Data)> NextAsync(CancellationToken cancellationToken)
    {
        _reader ??= new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
        string? name = null;
        string? data = null;
        while (await _reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (name is not null || data is not null)
                {
                    return (name ?? "message", data ?? string.Empty);
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                return (":", line[1..].Trim());
            }

            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line["data: ".Length..];
            }
        }

        throw new EndOfStreamException("The stream ended.");
    }

    /// <summary>Reads until a results event matches; fails after 30 seconds (a hang, not a timing).</summary>
    public async Task<JsonElement> WaitForResultsAsync(Func<JsonElement, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var (name, data) = await NextAsync(timeout.Token);
            if (name == "results" && JsonDocument.Parse(data).RootElement.Clone() is var item && match(item))
            {
                return item;
            }
        }
    }

    /// <summary>Reads until an event of that name (or ":" for a comment) comes.</summary>
    public async Task<string> WaitForAsync(string eventName)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var (name, data) = await NextAsync(timeout.Token);
            if (name == eventName)
            {
                return data;
            }
        }
    }

    public void Dispose()
    {
        _reader?.Dispose();
        response.Dispose();
    }
}
