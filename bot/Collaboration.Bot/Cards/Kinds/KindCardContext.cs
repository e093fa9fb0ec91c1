namespace Collaboration.Bot.Cards.Kinds;

/// <param name="Values">Input id → value to preselect (the stored answer, or a draft the card was sent back with).</param>
/// <param name="WithSupportButtons">Whether results may carry buttons (a needs collection's "support").</param>
internal sealed record KindCardContext(BotText Text, ForumSeries Series, ForumItem Item, IReadOnlyDictionary<string, string> Values,
    bool WithSupportButtons = false)
{
    public string? Value(string id) => CardParts.Value(Values, id);
}
