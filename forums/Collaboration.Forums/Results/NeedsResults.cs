namespace Collaboration.Forums.Results;

/// <summary>
/// The needs filed, ranked by support (the author counts as the first supporter), then by age.
/// Entries carry no identity.
/// </summary>
public sealed record NeedsResults(Guid ItemId, int Respondents, IReadOnlyList<RankedNeed> Ranking) : ItemResults(ItemId, Respondents)
{
    public int CountOf(NeedKind kind) => Ranking.Count(n => n.Kind == kind);

    /// <summary>
    /// These results with a freshly filed entry ranked in, unless they hold it already: the author's card may show a
    /// ranking that is a little older than the entry (see <c>RecentResults</c>), and the author should still find it
    /// where a fresh ranking would put it. Its only supporter is its author, so it ranks last, tied with the other
    /// entries nobody else supported. Respondents stay as counted: whether the author had filed before is not known here.
    /// </summary>
    public NeedsResults Including(NeedEntry need)
    {
        ArgumentNullException.ThrowIfNull(need);
        // Withheld results stay withheld: the entry alone would show what fewer than k people filed.
        if (need.ItemId != ItemId || WithheldBelow is not null || Ranking.Any(n => n.NeedId == need.Id))
        {
            return this;
        }

        var rank = Ranking.Count > 0 && Ranking[^1].Supporters == 1 ? Ranking[^1].Rank : Ranking.Count + 1;
        return this with { Ranking = [.. Ranking, new RankedNeed(need.Id, rank, need.Kind, need.TopicKey, need.Text, 1, need.CreatedAt)] };
    }
}

/// <summary>
/// A need as results show it. For a merged need (see <see cref="NeedMerges"/>) <see cref="Supporters"/> counts each
/// person once across all its sources, and <see cref="Sources"/> lists them: the need that stayed first, with its
/// own text, then the needs that went into it.
/// </summary>
public sealed record RankedNeed(Guid NeedId, int Rank, NeedKind Kind, string TopicKey, string Text, int Supporters, DateTimeOffset CreatedAt)
{
    public IReadOnlyList<NeedSource> Sources { get; init; } = [];

    public bool IsMerged => Sources.Count > 0;
}

/// <summary>One need that went into a merged need, with the kind and text its author gave it.</summary>
public sealed record NeedSource(Guid NeedId, NeedKind Kind, string TopicKey, string Text);
