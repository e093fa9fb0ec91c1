namespace Collaboration.Forums.Results.Disclosure;

/// <summary>
/// Decides which stakeholder groups a count of people may show on their own, with primary and complementary
/// suppression, so that no published number and no difference of published numbers describes 1 to k-1 people.
/// </summary>
/// <remarks>
/// The rule, and why it is safe:
/// 1. Nothing is broken out, and the total itself is withheld, while the total is below k.
/// 2. A group is shown only with at least k people (primary suppression).
/// 3. Everyone else (small groups, people without a known group) forms the rest, and the rest can always be had by
///    subtracting the shown groups from the total. If the rest holds 1 to k-1 people, the smallest shown group joins
///    it (complementary suppression); it holds at least k, so the rest then holds at least k. The rest is published as
///    <see cref="GroupRespondents.OtherGroups"/> only then, never with 1 to k-1.
/// After this every published count (total, each shown group, the rest) is 0 or at least k, and the only equation
/// between them is total = shown groups + rest: a hidden group only ever appears inside the rest, together with at
/// least one other hidden group or the folded shown one, so no subtraction isolates it. Outputs publish per group only
/// these counts, never a group's split over the options: with the option totals that is a two-way table of which only
/// the margins are known, and there a cell is pinned only where it equals a margin (0, a count of at least k, or an
/// option total of the whole item), which is what the total already says.
/// </remarks>
public static class GroupSuppression
{
    /// <param name="order">The series' groups in their order; keys outside it are never shown on their own.</param>
    /// <param name="groupOfEach">The group of each person counted, null where it is not known.</param>
    /// <returns>
    /// The shown groups in <paramref name="order"/>, then the rest when it holds anyone; they add up to the total.
    /// Empty below k. With no group shown, the rest alone is the total.
    /// </returns>
    public static IReadOnlyList<GroupRespondents> Publish(IReadOnlyList<string> order, IEnumerable<string?> groupOfEach, int k)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(groupOfEach);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var group in groupOfEach)
        {
            total++;
            if (group is not null)
            {
                counts[group] = counts.GetValueOrDefault(group) + 1;
            }
        }

        return Publish(order, counts, total, k);
    }

    /// <param name="counts">People per group; <paramref name="total"/> may hold more (people without a known group).</param>
    public static IReadOnlyList<GroupRespondents> Publish(IReadOnlyList<string> order, IReadOnlyDictionary<string, int> counts, int total, int k)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(counts);
        k = SmallGroups.Threshold(k);
        if (total < k)
        {
            return [];
        }

        var shown = order.Distinct(StringComparer.Ordinal)
            .Select(key => new GroupRespondents(key, counts.GetValueOrDefault(key)))
            .Where(g => g.Respondents >= k)
            .ToList();
        var rest = total - shown.Sum(g => g.Respondents);
        if (rest is > 0 && rest < k && shown.Count > 0)
        {
            // The smallest shown group, the later one of equal ones: it costs the least detail to hide.
            var folded = shown.Select((g, i) => (g, i)).OrderBy(x => x.g.Respondents).ThenByDescending(x => x.i).First().g;
            shown.Remove(folded);
            rest += folded.Respondents;
        }

        return rest > 0 ? [.. shown, new GroupRespondents(GroupRespondents.OtherGroups, rest)] : shown;
    }
}
