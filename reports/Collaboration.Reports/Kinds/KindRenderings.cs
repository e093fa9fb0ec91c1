using Collaboration.Reports.Kinds.Choice;
using Collaboration.Reports.Kinds.Matrix;
using Collaboration.Reports.Kinds.MatrixRating;
using Collaboration.Reports.Kinds.Needs;
using Collaboration.Reports.Kinds.OpenText;
using Collaboration.Reports.Kinds.Points;
using Collaboration.Reports.Kinds.Rating;
using Collaboration.Reports.Kinds.Ranking;

namespace Collaboration.Reports.Kinds;

/// <summary>
/// The one place where the reports learn an item kind: its rendering is listed here. The order is the order of the
/// management summary's messages.
/// </summary>
internal static class KindRenderings
{
    public static readonly IReadOnlyList<IKindRendering> All =
    [
        new NeedsRendering(),
        new PointsRendering(),
        new MatrixRatingRendering(),
        new RankingRendering(),
        new ChoiceRendering(),
        new RatingRendering(),
        new MatrixChoiceRendering(),
        new OpenTextRendering(),
    ];

    private static readonly Dictionary<Type, IKindRendering> ByResults = All.ToDictionary(k => k.ResultsType);

    /// <summary>The rendering of the kind that produced <paramref name="results"/>.</summary>
    public static IKindRendering For(ItemResults results) =>
        ByResults.TryGetValue(results.GetType(), out var kind)
            ? kind
            : throw new InvalidOperationException($"No rendering is registered for {results.GetType().Name}; list it in {nameof(KindRenderings)}.");
}
