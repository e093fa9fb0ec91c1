namespace Collaboration.Reports.Fragments;

/// <summary>The items a selection names, in the series' order, each with its forum and source; or why there are none.</summary>
internal sealed record SelectedItems(IReadOnlyList<(ForumReport Forum, ItemReport Item, FragmentSource Source)> Items, string? Problem)
{
    public static SelectedItems Resolve(SeriesReport report, FragmentSelection selection, ReportText text)
    {
        IEnumerable<(ForumReport Forum, ItemReport Item)> chosen;
        if (selection.ItemIds.Count > 0)
        {
            var all = report.Forums.SelectMany(f => f.Items.Select(i => (f, i))).ToList();
            if (selection.ItemIds.Any(id => all.All(x => x.i.Results.ItemId != id)))
            {
                return new([], text["FragmentGone"]);
            }

            chosen = all.Where(x => selection.ItemIds.Contains(x.i.Results.ItemId));
        }
        else if (selection.Forum is not { } number)
        {
            chosen = report.Forums.SelectMany(f => f.Items.Select(i => (f, i)));
        }
        else
        {
            var forum = report.Forums.FirstOrDefault(f => f.Number == number);
            if (forum is null)
            {
                return new([], text.Format("FragmentUnknownForum", number));
            }

            var missing = selection.ItemKeys.FirstOrDefault(k => forum.Items.All(i => i.Key != k));
            if (missing is not null)
            {
                return new([], text.Format("FragmentUnknownItem", SafeText.Line(missing, 80), number));
            }

            chosen = forum.Items.Where(i => selection.ItemKeys.Count == 0 || selection.ItemKeys.Contains(i.Key, StringComparer.Ordinal)).Select(i => (forum, i));
        }

        var items = chosen.Select(x => (x.Forum, x.Item, Source(report, x.Item))).ToList();
        return items.Count == 0 ? new([], text["FragmentEmpty"]) : new(items, null);
    }

    /// <summary>The source as tagged: the time in UTC to the second, as the tags carry it, so a source read back equals it.</summary>
    public static FragmentSource Source(SeriesReport report, ItemReport item) =>
        new(report.SeriesId, item.Results.ItemId, new DateTimeOffset(report.AsOf.UtcTicks - (report.AsOf.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero), ContentHash.Of(item.Results));
}
