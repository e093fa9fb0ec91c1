namespace Collaboration.Bot.Cards.Factories;

/// <summary>
/// The offers a meeting's start and end put into its chat: start the next forum, close the open one. The button is
/// the overview's own StartForum / CloseForum action, so the gate checks whoever presses it.
/// </summary>
internal static class MeetingCards
{
    public static AdaptiveCard StartOffer(BotText text, ForumSeries series, Forum forum) =>
        Offer(text, series, forum, "Meeting.StartOffer", "Meeting.StartIntro");

    public static AdaptiveCard CloseOffer(BotText text, ForumSeries series, Forum forum) =>
        Offer(text, series, forum, "Meeting.CloseOffer", "Meeting.CloseIntro");

    private static AdaptiveCard Offer(BotText text, ForumSeries series, Forum forum, string titleKey, string introKey)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(forum);
        var body = new List<CardElement>
        {
            CardParts.Title(text.Format(titleKey, forum.Number)),
            new TextBlock(text[introKey]),
            CardParts.Heading($"{text.Format("Forum.Label", forum.Number)} {CardText.Escape(text.Of(forum.Title))}"),
            CardParts.Subtle(CardText.Escape(text.Of(series.Title))),
            CardParts.Subtle(text["Meeting.ModeratorsOnly"]),
        };
        return CardParts.Card(body, [SeriesCards.SteerForumAction(text, series, forum)], text.LanguageTag);
    }
}
