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
        ArgumentNullException.ThrowIfNull(computed);
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
        return groupOfEachRespondent.All(g => g is null)
            ? computed with { ByGroup = [] }
            : computed with { ByGroup = GroupSuppression.Publish(groupOrder, groupOfEachRespondent, k) };
    }

    /// <summary>The same kind of results with every figure emptied: the count too, since "2 answers" already describes two people.</summary>
    private static T Withhold<T>(T computed, int k)
        where T : ItemResults
    {
        var empty = ItemKinds.OfResults(computed).Withhold(computed);
        return (T)(empty with { Respondents = 0, ByGroup = [], WithheldBelow = k });
    }
}
