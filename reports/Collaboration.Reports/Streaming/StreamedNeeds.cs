using System.Collections;

namespace Collaboration.Reports.Streaming;

/// <summary>
/// The ranking of a needs item in a <see cref="StreamedReport"/>'s summary: its count, its first need (the summary's
/// key message names it) and its outline (which topics and kinds it holds), without the needs, which the table and
/// the chapter read from the <see cref="IRankedNeedSource"/>. Reading another need from here is a programming error
/// (an output that needs them all was given a streamed summary), so it throws rather than showing a short list.
/// </summary>
internal sealed class StreamedNeeds : IReadOnlyList<RankedNeed>
{
    private readonly RankedNeed? _first;

    private StreamedNeeds(int count, RankedNeed? first, NeedOutline outline)
    {
        Count = count;
        _first = first;
        Outline = outline;
    }

    public int Count { get; }

    public NeedOutline Outline { get; }

    public RankedNeed this[int index] => index == 0 && _first is not null ? _first : throw Streamed();

    /// <summary>Reads the ranking once, keeping its count, first need and outline.</summary>
    public static async Task<StreamedNeeds> ReadAsync(IAsyncEnumerable<RankedNeed> ranking, CancellationToken cancellationToken)
    {
        var count = 0;
        RankedNeed? first = null;
        var outline = new NeedOutline();
        await foreach (var need in ranking.WithCancellation(cancellationToken))
        {
            first ??= need;
            count++;
            outline.Add(need);
        }

        return new StreamedNeeds(count, first, outline);
    }

    public IEnumerator<RankedNeed> GetEnumerator() => throw Streamed();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static InvalidOperationException Streamed() =>
        new("The needs of this report are streamed: read them through its IRankedNeedSource.");
}
