using Collaboration.Forums.Kinds;

namespace Collaboration.Forums.Results.Disclosure;

/// <summary>
/// Turns an item's computed results into what may be published: the one place that applies the threshold to results,
/// so cards, reports, the export, the archive files and the SharePoint list all show the same, safe numbers.
/// </summary>
internal static class ResultsDisclosure
{
    /// <param name="groupOfEachRespondent">The stakeholder group of each respondent, null where it is not stored.</param>
    public static T Publish<T>(T computed, IReadOnlyList<string> groupOrder, IReadOnlyCollection<string?> groupOfEachRespondent, int k)
        where T : ItemResults
    {
        ArgumentNullException.ThrowIfNull(groupOfEachRespondent);
        var known = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in groupOfEachRespondent.OfType<string>())
        {
            known[group] = known.GetValueOrDefault(group) + 1;
        }

        return Publish(computed, groupOrder, known, groupOfEachRespondent.Count, k);
    }

    /// <param name="knownGroups">Respondents per stakeholder group, of those whose group is stored.</param>
    /// <param name="respondents">All respondents, with those whose group is not stored.</param>
    public static T Publish<T>(T computed, IReadOnlyList<string> groupOrder, IReadOnlyDictionary<string, int> knownGroups, int respondents, int k)
        where T : ItemResults
    {
        ArgumentNullException.ThrowIfNull(computed);
        ArgumentNullException.ThrowIfNull(knownGroups);
        k = SmallGroups.Threshold(k);
        if (computed.Respondents == 0)
        {
            return computed with { ByGroup = [] };
        }

        if (computed.Respondents < k)
        {
            return Withhold(computed, k);
        }

        // Answers stored without a group (anonymous questions) have no breakdown at all, not a "rest" of everyone.
        return knownGroups.Values.All(n => n == 0)
            ? computed with { ByGroup = [] }
            : computed with { ByGroup = GroupSuppression.Publish(groupOrder, knownGroups, respondents, k) };
    }

    /// <summary>The same kind of results with every figure emptied: the count too, since "2 answers" already describes two people.</summary>
    private static T Withhold<T>(T computed, int k)
        where T : ItemResults
    {
        var empty = ItemKinds.OfResults(computed).Withhold(computed);
        return (T)(empty with { Respondents = 0, ByGroup = [], WithheldBelow = k });
    }
}
