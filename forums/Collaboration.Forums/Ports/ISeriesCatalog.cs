namespace Collaboration.Forums.Ports;

/// <summary>
/// Every stored series, for the one place that may list them: the Office add-in's choice of series, which the gate's
/// rule then narrows to those the person moderates (<see cref="Access.ModeratedSeries"/>). A district holds a few dozen
/// series, so reading them whole is cheaper than a second query per series.
/// </summary>
public interface ISeriesCatalog
{
    /// <returns>Every series with its forums and items, newest first.</returns>
    Task<IReadOnlyList<ForumSeries>> GetAllSeriesAsync(CancellationToken cancellationToken);
}
