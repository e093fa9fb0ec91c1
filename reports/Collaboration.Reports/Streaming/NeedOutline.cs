namespace Collaboration.Reports.Streaming;

/// <summary>
/// The topics and kinds a needs ranking holds, each pair once in the order it first appears in the ranking: what the
/// chapter by topic and kind needs to know to write its headings and to order topics the series does not list.
/// </summary>
internal sealed class NeedOutline
{
    private readonly List<(string TopicKey, NeedKind Kind)> _pairs = [];
    private readonly HashSet<(string TopicKey, NeedKind Kind)> _seen = [];

    public IReadOnlyList<(string TopicKey, NeedKind Kind)> Pairs => _pairs;

    public bool Holds(string topicKey, NeedKind kind) => _seen.Contains((topicKey, kind));

    public void Add(RankedNeed need)
    {
        if (_seen.Add((need.TopicKey, need.Kind)))
        {
            _pairs.Add((need.TopicKey, need.Kind));
        }
    }

    /// <summary>The outline of a ranking: kept by a streamed one, read from one that a model holds.</summary>
    public static NeedOutline Of(IReadOnlyList<RankedNeed> ranking)
    {
        if (ranking is StreamedNeeds streamed)
        {
            return streamed.Outline;
        }

        var outline = new NeedOutline();
        foreach (var need in ranking)
        {
            outline.Add(need);
        }

        return outline;
    }
}
