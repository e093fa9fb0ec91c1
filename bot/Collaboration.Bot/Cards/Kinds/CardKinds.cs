using Collaboration.Forums.Kinds;

namespace Collaboration.Bot.Cards.Kinds;

/// <summary>The bot's card part of every item kind: a new kind is a class in its folder under Cards/Kinds, found there.</summary>
internal static class CardKinds
{
    private static readonly KindRegistry<ICardKind> Parts = KindRegistry<ICardKind>.Discover((card, kind) => card.SpecType == kind.SpecType);

    /// <summary>The kinds the moderator's add-item form offers, in the order it lists them.</summary>
    public static IReadOnlyList<string> InAddItemForm { get; } = [.. ItemKinds.All.Where(k => Parts.For(k).InAddItemForm).Select(k => k.Name)];

    public static ICardKind? Named(string? name) => Parts.Named(name);

    public static ICardKind Of(ItemSpec spec) => Parts.Of(spec);

    public static ICardKind OfResults(ItemResults results) => Parts.OfResults(results);
}
