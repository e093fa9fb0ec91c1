using Collaboration.Forums.Kinds;

namespace Collaboration.Reports.Kinds;

/// <summary>
/// The reports' rendering of every item kind: a new kind is a class in its folder under Kinds, found there. One rendering
/// shows the results of every kind that produces its results type (single and multiple choice share one).
/// </summary>
internal static class KindRenderings
{
    private static readonly KindRegistry<IKindRendering> Parts =
        KindRegistry<IKindRendering>.Discover((rendering, kind) => rendering.ResultsType == kind.ResultsType);

    /// <summary>Every rendering once, in the order of <see cref="ItemKinds"/>.</summary>
    public static IReadOnlyList<IKindRendering> All => Parts.All;

    /// <summary>The rendering of the kind that produced <paramref name="results"/>.</summary>
    public static IKindRendering For(ItemResults results) => Parts.OfResults(results);
}
