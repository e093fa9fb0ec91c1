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

/// <summary>
/// The one registration of every item kind: a new kind is a folder under Kinds/ and a line here. The projects that
/// render kinds find their part for each of these through <see cref="KindRegistry{TPart}"/> and list none themselves.
/// </summary>
public static class ItemKinds
{
    /// <summary>Every kind; the moderator's add-item form offers them in this order.</summary>
    public static IReadOnlyList<IItemKind> All { get; } =
    [
        new SingleChoiceKind(),
        new MultipleChoiceKind(),
        new RatingScaleKind(),
        new OpenTextKind(),
        new PointsKind(),
        new RankingKind(),
        new NeedsKind(),
        new MatrixChoiceKind(),
        new MatrixRatingKind(),
    ];

    private static readonly Dictionary<string, IItemKind> ByName = All.ToDictionary(k => k.Name, StringComparer.Ordinal);

    private static readonly Dictionary<Type, IItemKind> BySpec = All.ToDictionary(k => k.SpecType);

    // Single and multiple choice share ChoiceResults and count, withhold, carry and show it alike: the first kind stands for both.
    private static readonly Dictionary<Type, IItemKind> ByResults = All.DistinctBy(k => k.ResultsType).ToDictionary(k => k.ResultsType);

    /// <summary>The names as a template or the add-item form spells them, in the registry's order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(k => k.Name)];

    public static IItemKind? Named(string? name) => name is not null && ByName.TryGetValue(name, out var kind) ? kind : null;

    public static IItemKind Of(ItemSpec spec) => Registered(BySpec, spec);

    public static IItemKind OfResults(ItemResults results) => Registered(ByResults, results);

    // A spec or results type that no kind produces is a programming error, not bad input.
    private static IItemKind Registered(Dictionary<Type, IItemKind> byType, object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return byType.TryGetValue(value.GetType(), out var kind)
            ? kind
            : throw new NotSupportedException($"No kind in {nameof(ItemKinds)} makes {value.GetType().Name}; list its kind there.");
    }
}
