namespace Collaboration.Forums.Answers;

/// <summary>
/// A moderator's merges of duplicate needs of one item: two entries filed as "Hürde" and "Wunsch" for the same thing
/// become one. A need stands on its own, stays and holds others, or went into exactly one that stays: merges are one
/// level deep, so every need is counted in one place and an unmerge gives back exactly the need that went in.
/// The rules decide on the item's needs as stored and return the merge state to write; they read and write nothing.
/// </summary>
public static class NeedMerges
{
    /// <summary>
    /// Merges <paramref name="sourceIds"/> into <paramref name="keepId"/>, which keeps its kind and topic, and its text
    /// unless <paramref name="newText"/> is given (blank: the text stays as it is). A source that holds others brings
    /// them along, so they stay together.
    /// </summary>
    /// <param name="needs">Every need of the item, as stored now.</param>
    public static Outcome<IReadOnlyList<NeedMergeWrite>> Merge(ForumItem item, IReadOnlyList<NeedEntry> needs, Guid keepId, IReadOnlyCollection<Guid> sourceIds,
        string? newText)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(sourceIds);
        if (item.Spec is not NeedsCollectionSpec spec)
        {
            return Outcome<IReadOnlyList<NeedMergeWrite>>.Failure(RejectionCode.WrongAnswerKind, item.Spec.KindName);
        }

        var byId = needs.Where(n => n.ItemId == item.Id).ToDictionary(n => n.Id);
        if (Refusal(byId, keepId, sourceIds) is { } refusal)
        {
            return refusal;
        }

        string? text = null;
        if (!string.IsNullOrWhiteSpace(newText))
        {
            text = TextRules.Normalise(newText);
            if (text.Length == 0)
            {
                return Outcome<IReadOnlyList<NeedMergeWrite>>.Failure(RejectionCode.TextEmpty);
            }

            if (text.Length > spec.MaxLength)
            {
                return Outcome<IReadOnlyList<NeedMergeWrite>>.Failure(RejectionCode.TextTooLong, spec.MaxLength);
            }
        }

        var keep = byId[keepId];
        var writes = new List<NeedMergeWrite> { new(keep.Id, null, text ?? keep.MergedText) };
        foreach (var sourceId in sourceIds.Distinct())
        {
            writes.Add(new NeedMergeWrite(sourceId, keep.Id, null));
            writes.AddRange(byId.Values.Where(n => n.MergedIntoId == sourceId).Select(n => new NeedMergeWrite(n.Id, keep.Id, null)));
        }

        return Outcome<IReadOnlyList<NeedMergeWrite>>.Success(writes);
    }

    /// <summary>Takes one need out of the need it went into; the one that stays loses a moderator's text once it holds no other.</summary>
    public static Outcome<IReadOnlyList<NeedMergeWrite>> Unmerge(IReadOnlyList<NeedEntry> needs, Guid needId)
    {
        ArgumentNullException.ThrowIfNull(needs);
        var need = needs.FirstOrDefault(n => n.Id == needId);
        if (need is null)
        {
            return Outcome<IReadOnlyList<NeedMergeWrite>>.Failure(RejectionCode.NeedNotFound);
        }

        if (need.MergedIntoId is not { } keepId)
        {
            return Outcome<IReadOnlyList<NeedMergeWrite>>.Failure(RejectionCode.NeedNotMerged);
        }

        var writes = new List<NeedMergeWrite> { new(need.Id, null, null) };
        if (!needs.Any(n => n.MergedIntoId == keepId && n.Id != need.Id))
        {
            writes.Add(new NeedMergeWrite(keepId, null, null));
        }

        return Outcome<IReadOnlyList<NeedMergeWrite>>.Success(writes);
    }

    /// <summary>
    /// The needs as results count them: each need that stands, with the needs that went into it (oldest first).
    /// A need whose merge points nowhere valid (the one it went into is gone or merged itself) stands on its own:
    /// results must render whatever the database holds.
    /// </summary>
    public static IReadOnlyList<MergedGroup> Group(IReadOnlyList<NeedEntry> needs)
    {
        ArgumentNullException.ThrowIfNull(needs);
        var byId = needs.ToDictionary(n => n.Id);
        bool Stands(NeedEntry n) => n.MergedIntoId is not { } into || !byId.TryGetValue(into, out var keep) || keep.MergedIntoId is not null;

        var sources = needs.Where(n => !Stands(n)).ToLookup(n => n.MergedIntoId!.Value);
        return [.. needs.Where(Stands).Select(n => new MergedGroup(n, [.. sources[n.Id].OrderBy(s => s.CreatedAt).ThenBy(s => s.Id)]))];
    }

    private static Rejection? Refusal(Dictionary<Guid, NeedEntry> byId, Guid keepId, IReadOnlyCollection<Guid> sourceIds)
    {
        if (sourceIds.Count == 0)
        {
            return new Rejection(RejectionCode.NoNeedsToMerge);
        }

        if (sourceIds.Contains(keepId))
        {
            return new Rejection(RejectionCode.NeedMergedWithItself);
        }

        // The use case tells needs of another item apart beforehand; here a missing one was deleted meanwhile.
        if (!byId.TryGetValue(keepId, out var keep) || sourceIds.Any(id => !byId.ContainsKey(id)))
        {
            return new Rejection(RejectionCode.NeedNotFound);
        }

        if (keep.MergedIntoId is not null)
        {
            return new Rejection(RejectionCode.NeedMergeIntoMerged);
        }

        // Merging again into the same need changes nothing and is allowed; a need in another must be taken out there first.
        return sourceIds.Any(id => byId[id].MergedIntoId is { } into && into != keepId) ? new Rejection(RejectionCode.NeedAlreadyMerged) : null;
    }
}

/// <summary>A need that stands, with the needs that went into it (empty when it holds none).</summary>
public sealed record MergedGroup(NeedEntry Need, IReadOnlyList<NeedEntry> Sources)
{
    public IEnumerable<NeedEntry> Members => Sources.Prepend(Need);
}
