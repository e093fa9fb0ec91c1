using Collaboration.Forums.Kinds;
using Collaboration.Bot.Cards.Kinds.MatrixChoice;
using Collaboration.Bot.Cards.Kinds.MatrixRating;
using Collaboration.Bot.Cards.Kinds.MultipleChoice;
using Collaboration.Bot.Cards.Kinds.Needs;
using Collaboration.Bot.Cards.Kinds.OpenText;
using Collaboration.Bot.Cards.Kinds.Points;
using Collaboration.Bot.Cards.Kinds.Ranking;
using Collaboration.Bot.Cards.Kinds.RatingScale;
using Collaboration.Bot.Cards.Kinds.SingleChoice;

namespace Collaboration.Bot.Cards.Kinds;

/// <summary>The bot's one registration of every item kind's card parts: a new kind is a folder under Cards/Kinds and a line here.</summary>
internal static class CardKinds
{
    public static IReadOnlyList<ICardKind> All { get; } =
    [
        new SingleChoiceCard(),
        new MultipleChoiceCard(),
        new RatingScaleCard(),
        new OpenTextCard(),
        new PointsCard(),
        new RankingCard(),
        new NeedsCard(),
        new MatrixChoiceCard(),
        new MatrixRatingCard(),
    ];

    private static readonly Dictionary<string, ICardKind> ByName = All.ToDictionary(k => k.Name, StringComparer.Ordinal);

    private static readonly KindIndex<ICardKind> BySpec = KindIndex<ICardKind>.Unique(All, k => k.SpecType, nameof(CardKinds));

    // Single and multiple choice share ChoiceResults and show it alike: the first kind stands for both.
    private static readonly KindIndex<ICardKind> ByResults = KindIndex<ICardKind>.FirstOfEach(All, k => k.ResultsType, nameof(CardKinds));

    /// <summary>The kinds the moderator's add-item form offers, in the order it lists them.</summary>
    public static IReadOnlyList<string> InAddItemForm { get; } = [.. All.Where(k => k.InAddItemForm).Select(k => k.Name)];

    public static ICardKind? Named(string? name) => name is not null && ByName.TryGetValue(name, out var kind) ? kind : null;

    public static ICardKind Of(ItemSpec spec) => BySpec.For(spec);

    public static ICardKind? OfResults(ItemResults results) => ByResults.Find(results);
}
