using Collaboration.Forums.Kinds;
using Collaboration.Web.Kinds.Choices;
using Collaboration.Web.Kinds.Matrix;
using Collaboration.Web.Kinds.MatrixRating;
using Collaboration.Web.Kinds.Needs;
using Collaboration.Web.Kinds.OpenText;
using Collaboration.Web.Kinds.Points;
using Collaboration.Web.Kinds.Ranking;
using Collaboration.Web.Kinds.Rating;

namespace Collaboration.Web.Kinds;

/// <summary>The one place where the web app learns an item kind.</summary>
internal static class WebKinds
{
    private static readonly IReadOnlyList<IWebKind> All =
    [
        new SingleChoiceKind(),
        new MultipleChoiceKind(),
        new RatingKind(),
        new OpenTextKind(),
        new NeedsKind(),
        new PointsKind(),
        new MatrixChoiceKind(),
        new MatrixRatingKind(),
        new RankingKind(),
    ];

    private static readonly KindIndex<IWebKind> BySpec = KindIndex<IWebKind>.Unique(All, k => k.SpecType, nameof(WebKinds));

    public static IWebKind For(ItemSpec spec) => BySpec.For(spec);

    public static List<KeyLabel> Labels(IReadOnlyList<Choice> choices, WebText text) => [.. choices.Select(c => new KeyLabel(c.Key, text.Of(c.Label)))];
}
