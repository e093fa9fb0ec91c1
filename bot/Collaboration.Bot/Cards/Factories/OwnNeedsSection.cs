namespace Collaboration.Bot.Cards.Factories;

/// <summary>
/// The viewer's own entries on their personal card of a needs collection; an entry a moderator merged into another
/// says into which, so the author finds their need again under the text the group now sees.
/// </summary>
internal static class OwnNeedsSection
{
    /// <summary>The latest entries; a card holding every entry of a prolific author would grow past what Teams shows.</summary>
    private const int Shown = 10;

    public static IEnumerable<CardElement> For(BotText text, IReadOnlyList<OwnNeed> mine)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mine);
        yield return CardParts.Heading(text["Needs.Mine"]);
        foreach (var own in mine.TakeLast(Shown))
        {
            yield return new TextBlock($"{text["NeedKind." + own.Need.Kind]}: {CardText.EscapeAndTruncate(own.Need.Text, 200)}") { Spacing = Spacing.Small };
            if (own.MergedIntoText is { } into)
            {
                yield return CardParts.Subtle(text.Format("Needs.MergedInto", CardText.EscapeAndTruncate(into, 200)));
            }
        }

        if (mine.Count > Shown)
        {
            yield return CardParts.Subtle(text.Format("Needs.MoreOwn", mine.Count - Shown));
        }
    }
}
