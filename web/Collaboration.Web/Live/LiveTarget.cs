namespace Collaboration.Web.Live;

/// <summary>
/// What a live request watches: one question (?item=id), or the running forum (?forum=current). For the running forum
/// the other items of the series are watched too, but only as a trigger: when one of them changes (a forum closed or
/// carried over), the stream checks whether another forum now runs and tells the page to reconnect.
/// </summary>
internal sealed record LiveTarget(Forum? Forum, IReadOnlyList<Guid> ItemIds, IReadOnlyList<Guid> Triggers, bool FollowsRunningForum)
{
    /// <returns>The item asked for, <see cref="Guid.Empty"/> for the running forum, or null when the query names neither.</returns>
    public static Guid? Requested(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query.TryGetValue("item", out var item))
        {
            return Guid.TryParse(item.ToString(), out var itemId) && itemId != Guid.Empty ? itemId : null;
        }

        return string.Equals(request.Query["forum"].ToString(), "current", StringComparison.Ordinal) ? Guid.Empty : null;
    }

    /// <param name="requested">An item of <paramref name="series"/> (the gate checked it), or <see cref="Guid.Empty"/> for the running forum.</param>
    public static LiveTarget Of(ForumSeries series, Guid requested)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (requested != Guid.Empty)
        {
            return new LiveTarget(series.FindItem(requested)?.Forum, [requested], [], FollowsRunningForum: false);
        }

        var running = series.OpenForum;
        var items = running?.Items.OrderBy(i => i.Position).Select(i => i.Id).ToList() ?? [];
        var others = series.Forums.Where(f => f != running).SelectMany(f => f.Items).Select(i => i.Id).ToList();
        return new LiveTarget(running, items, others, FollowsRunningForum: true);
    }
}
