namespace Collaboration.Reports.Tests.Fragments;

/// <summary>A late answer arrives: the same series an hour later with one more answer on one item of a forum.</summary>
internal static class ChangedNumbers
{
    public static (SeriesReport Report, ItemReport Changed) OneMoreAnswer(SeriesReport report, int forumNumber)
    {
        var forum = report.Forums.Single(f => f.Number == forumNumber);
        var item = forum.Items.First(i => i.Results is RatingResults { Respondents: > 0 } or ChoiceResults { Respondents: > 0 });
        ItemResults results = item.Results switch
        {
            RatingResults r => r with { Respondents = r.Respondents + 1, Distribution = [r.Distribution[0] with { Count = r.Distribution[0].Count + 1 }, .. r.Distribution.Skip(1)] },
            ChoiceResults c => c with { Respondents = c.Respondents + 1, Tallies = [c.Tallies[0] with { Count = c.Tallies[0].Count + 1 }, .. c.Tallies.Skip(1)] },
            _ => throw new InvalidOperationException("unreachable: the item was chosen for its kind"),
        };
        var changed = item with { Results = results };
        var forums = report.Forums.Select(f => f != forum ? f : f with { Items = [.. f.Items.Select(i => i == item ? changed : i)] }).ToList();
        return (report with { AsOf = report.AsOf.AddHours(1), Forums = forums }, changed);
    }
}
