using Collaboration.Bot.Cards.Kinds;
using Collaboration.Forums.Results.Disclosure;

namespace Collaboration.Bot.Cards.Factories;

/// <summary>
/// The results part of an item card: a Teams chart where a chart fits, always with a table fallback carrying the
/// same numbers for hosts that do not render charts.
/// </summary>
internal static class ResultsSections
{
    public static IEnumerable<CardElement> For(BotText text, ForumSeries series, ForumItem item, ItemResults results, bool withSupportButtons)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.WithheldBelow is { } threshold)
        {
            yield return CardParts.Heading(text["Results.HeadingWithheld"]);
            yield return CardParts.Subtle(text.Format("Results.Withheld", threshold));
            yield break;
        }

        yield return CardParts.Heading(text.Format("Results.Heading", results.Respondents));
        if (results.Respondents == 0)
        {
            yield return CardParts.Subtle(text["Results.None"]);
            yield break;
        }

        var elements = CardKinds.OfResults(results).Results(new KindCardContext(text, series, item, new Dictionary<string, string>(), withSupportButtons), results);
        foreach (var element in elements)
        {
            yield return element;
        }

        // Respondents per group only, never a group's split over the options: see GroupSuppression for why.
        if (results.ByGroup.Count > 0)
        {
            yield return new TextBlock(text["Results.ByGroup"]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };
            yield return new FactSet([.. results.ByGroup.Select(g => new Fact(CardText.Escape(GroupName(text, series, g.GroupKey)), text.Format("Results.Respondents", g.Respondents)))]);
        }

        if (results.ByGroup.Count == 0 || results.ByGroup[^1].GroupKey == GroupRespondents.OtherGroups)
        {
            yield return CardParts.Subtle(text.Format("Results.GroupsHidden", series.MinGroupSize));
        }
    }

    /// <summary>One line that sums up results, for confirmations and the moderator's overview.</summary>
    public static string Summary(BotText text, ItemResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.WithheldBelow is { } threshold)
        {
            return text.Format("Results.Withheld", threshold);
        }

        var respondents = text.Format("Results.Respondents", results.Respondents);
        var lead = CardKinds.OfResults(results).Lead(text, results);
        return lead is null ? respondents : respondents + " · " + lead;
    }

    private static string GroupName(BotText text, ForumSeries series, string key) =>
        key == GroupRespondents.OtherGroups ? text["Results.OtherGroups"] : series.Groups.FirstOrDefault(g => g.Key == key) is { } group ? text.Of(group.Name) : key;
}
