using Collaboration.Forums.Kinds.MatrixChoice;
using Collaboration.Forums.Kinds.MatrixRating;
using Collaboration.Forums.Kinds.MultipleChoice;
using Collaboration.Forums.Kinds.Needs;
using Collaboration.Forums.Kinds.OpenText;
using Collaboration.Forums.Kinds.Points;
using Collaboration.Forums.Kinds.Ranking;
using Collaboration.Forums.Kinds.RatingScale;
using Collaboration.Forums.Kinds.SingleChoice;

namespace Collaboration.Forums.Kinds;

/// <summary>The one registration of every item kind: a new kind is a folder under Kinds/ and a line here.</summary>
public static class ItemKinds
{
    public static IReadOnlyList<IItemKind> All { get; } =
    [
        new SingleChoiceKind(),
        new MultipleChoiceKind(),
        new RatingScaleKind(),
        new OpenTextKind(),
        new NeedsKind(),
        new PointsKind(),
        new MatrixChoiceKind(),
        new MatrixRatingKind(),
        new RankingKind(),
    ];

    private static readonly Dictionary<string, IItemKind> ByName = All.ToDictionary(k => k.Name, StringComparer.Ordinal);

    private static readonly KindIndex<IItemKind> BySpec = KindIndex<IItemKind>.Unique(All, k => k.SpecType, nameof(ItemKinds));

    // Single and multiple choice share ChoiceResults and count, withhold and carry it alike: the first kind stands for both.
    private static readonly KindIndex<IItemKind> ByResults = KindIndex<IItemKind>.FirstOfEach(All, k => k.ResultsType, nameof(ItemKinds));

    /// <summary>The names as a template or the add-item form spells them, in the registry's order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(k => k.Name)];

    public static IItemKind? Named(string? name) => name is not null && ByName.TryGetValue(name, out var kind) ? kind : null;

    public static IItemKind Of(ItemSpec spec) => BySpec.For(spec);

    public static IItemKind OfResults(ItemResults results) => ByResults.For(results);
}
