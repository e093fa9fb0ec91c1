namespace Collaboration.Forums.Results;

/// <summary>
/// Who filed an item's needs, as the disclosure rule counts them: each person once, in the group of their oldest entry
/// (oldest first, then id: the order the store lists needs in); a person whose group is not stored counts in
/// <see cref="Respondents"/> only. A store that streams a ranking counts this in the database (see
/// <c>IForumStore.CountNeedFilersAsync</c>); this is the rule read from every need.
/// </summary>
/// <param name="KnownGroups">Filers per stakeholder group, of those whose group is stored.</param>
public sealed record NeedFilers(int Respondents, IReadOnlyDictionary<string, int> KnownGroups)
{
    /// <param name="needs">One item's needs, oldest first, then by id.</param>
    public static NeedFilers Of(IReadOnlyList<NeedEntry> needs)
    {
        ArgumentNullException.ThrowIfNull(needs);
        var known = new Dictionary<string, int>(StringComparer.Ordinal);
        var respondents = 0;
        foreach (var filer in needs.DistinctBy(n => n.RespondentKey, StringComparer.Ordinal))
        {
            respondents++;
            // An entry stored without its group (anonymous rows may drop it) still counts, in the rest, never in a group.
            if (!string.IsNullOrEmpty(filer.GroupKey))
            {
                known[filer.GroupKey] = known.GetValueOrDefault(filer.GroupKey) + 1;
            }
        }

        return new NeedFilers(respondents, known);
    }
}
