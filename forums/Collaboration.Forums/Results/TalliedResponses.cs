using System.Collections;

namespace Collaboration.Forums.Results;

/// <summary>
/// An item's latest answers as the kinds count them, expanded from <see cref="AnswerTally"/> counts without holding
/// one object per respondent: each tally stands for its respondents by the same <see cref="Response"/>. The kinds
/// only read the answers (and every mean is of whole numbers, so the order of the answers cannot change a result);
/// the respondent key and time are left empty because no count reads them.
/// </summary>
internal sealed class TalliedResponses : IReadOnlyList<Response>
{
    private readonly Response[] _responses;
    private readonly int[] _ends;

    public TalliedResponses(Guid itemId, IReadOnlyList<AnswerTally> tallies)
    {
        var counted = tallies.Where(t => t.Answer is not null && t.Respondents > 0).ToList();
        _responses = [.. counted.Select(t => new Response(itemId, string.Empty, null, t.GroupKey, t.Answer, DateTimeOffset.MinValue))];
        _ends = new int[counted.Count];
        var end = 0;
        for (var i = 0; i < counted.Count; i++)
        {
            end = checked(end + counted[i].Respondents);
            _ends[i] = end;
        }

        Count = end;
    }

    public int Count { get; }

    public Response this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var run = Array.BinarySearch(_ends, index + 1);
            return _responses[run >= 0 ? run : ~run];
        }
    }

    /// <summary>Respondents per known group and in all, as the disclosure rule counts them.</summary>
    public (Dictionary<string, int> Known, int Total) Groups()
    {
        var known = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _responses.Length; i++)
        {
            if (!string.IsNullOrEmpty(_responses[i].GroupKey))
            {
                known[_responses[i].GroupKey] = known.GetValueOrDefault(_responses[i].GroupKey) + Respondents(i);
            }
        }

        return (known, Count);
    }

    public IEnumerator<Response> GetEnumerator()
    {
        for (var i = 0; i < _responses.Length; i++)
        {
            for (var n = Respondents(i); n > 0; n--)
            {
                yield return _responses[i];
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int Respondents(int run) => _ends[run] - (run == 0 ? 0 : _ends[run - 1]);
}
