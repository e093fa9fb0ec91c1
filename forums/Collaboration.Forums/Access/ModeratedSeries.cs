using Collaboration.Forums.Application;

namespace Collaboration.Forums.Access;

/// <summary>
/// The series someone may take results from outside Teams (the Office add-in's list): exactly those the gate would
/// grant them by name (<see cref="SeriesReach.Named"/>), by the same <see cref="ModeratorRule"/>. Configured moderators
/// and administrators see every series; everyone else the series they moderate, or none.
/// </summary>
public sealed class ModeratedSeries(ISeriesCatalog catalog, ModeratorRule moderators)
{
    /// <returns>The visible series, newest first.</returns>
    public async Task<IReadOnlyList<ForumSeries>> ListAsync(UserRef user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var all = await catalog.GetAllSeriesAsync(cancellationToken);
        return [.. all.Where(s => moderators.IsModerator(s, user)).OrderByDescending(s => s.CreatedAt)];
    }
}
