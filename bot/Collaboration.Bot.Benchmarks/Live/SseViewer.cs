namespace Collaboration.Bot.Benchmarks.Live;

/// <summary>
/// One viewer over real HTTP: reads a server-sent event stream and records, for every count n, when it first saw a
/// state whose counter ("respondents" of a LiveItem, or "seq" of the bare payload) was at least n.
/// </summary>
internal sealed class SseViewer(int expected, string counter)
{
    private readonly long[] _firstSeen = new long[expected + 1];
    private readonly byte[] _counter = Encoding.UTF8.GetBytes($"\"{counter}\":");
    private int _highest;
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _complete = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Stopwatch ticks when the viewer first saw a count of at least n (index n).</summary>
    public long FirstSeen(int n) => _firstSeen[n];

    /// <summary>The first event (the snapshot) arrived.</summary>
    public Task Connected => _connected.Task;

    /// <summary>The viewer has seen the count <c>expected</c>.</summary>
    public Task Complete => _complete.Task;

    public async Task RunAsync(HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            await ReadAsync(client, request, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A viewer that could not connect or lost its stream fails the run with the reason, rather than a timeout.
            _connected.TrySetException(exception);
            _complete.TrySetException(exception);
            throw;
        }
    }

    private async Task ReadAsync(HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                Seen(Count(line), Stopwatch.GetTimestamp());
                _connected.TrySetResult();
                if (_highest >= expected)
                {
                    _complete.TrySetResult();
                    return;
                }
            }
        }
    }

    private int Count(string line)
    {
        var at = line.IndexOf(Encoding.UTF8.GetString(_counter), StringComparison.Ordinal);
        if (at < 0)
        {
            return 0;
        }

        var start = at + _counter.Length;
        var end = start;
        while (end < line.Length && char.IsAsciiDigit(line[end]))
        {
            end++;
        }

        return int.Parse(line.AsSpan(start, end - start), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Seen(int count, long now)
    {
        for (var n = _highest + 1; n <= Math.Min(count, expected); n++)
        {
            _firstSeen[n] = now;
        }

        _highest = Math.Max(_highest, count);
    }
}
