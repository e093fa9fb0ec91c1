using System.Collections;

namespace Collaboration.Reports.Streaming;

/// <summary>
/// The open answers of an item in a <see cref="StreamedReport"/>'s summary: their number, which the report's text and
/// the disclosure checks read, without the texts, which come from the <see cref="IOpenAnswerSource"/>. Reading a
/// text from here is a programming error (an output that needs the texts was given a streamed summary), so it throws
/// rather than showing an empty list.
/// </summary>
internal sealed class CountedAnswers(int count) : IReadOnlyList<string>
{
    public int Count => count;

    public string this[int index] => throw Streamed();

    public IEnumerator<string> GetEnumerator() => throw Streamed();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static InvalidOperationException Streamed() =>
        new("The open answers of this report are streamed: read them through its IOpenAnswerSource.");
}
