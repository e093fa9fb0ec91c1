using Collaboration.Forums.Kinds;
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

    private static readonly KindIndex<IKindRendering> ByResults = KindIndex<IKindRendering>.Unique(All, k => k.ResultsType, nameof(KindRenderings));

    /// <summary>The rendering of the kind that produced <paramref name="results"/>.</summary>
    public static IKindRendering For(ItemResults results) => ByResults.For(results);
}
