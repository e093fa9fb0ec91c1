namespace Collaboration.Bot.Cards.Factories;

/// <summary>The card that hands the executive deck and report to a moderator.</summary>
internal static class DownloadCards
{
    // Teams shows a user-specific view to at most 60 users per card.
    private const int MaxRefreshUsers = 60;

    public static AdaptiveCard ExecutiveFiles(BotText text, ForumSeries series, ExecutiveLinks links, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(links);
        var body = new List<CardElement>
        {
            CardParts.Title(text["Report.Title"]),
            new TextBlock(text.Format("Report.Intro", CardText.Escape(text.Of(series.Title)))),
            CardParts.Subtle(text.Format("Report.Expires", CardParts.Duration(text, lifetime))),
        };
        AdaptiveAction[] actions =
        [
            new ActionOpenUrl(links.Deck) { Title = text["Action.DownloadDeck"], Style = ActionStyle.Positive },
            new ActionOpenUrl(links.Report) { Title = text["Action.DownloadReport"] },
        ];
        return CardParts.Card(body, actions, text.LanguageTag);
    }

    /// <summary>
    /// What a group chat or channel sees after "bericht": no links, since they are bearer links and only moderators
    /// may have them. The card refreshes itself for <paramref name="userIds"/> (Teams user-specific views: the
    /// refresh action is an Action.Execute, at most 60 user MRIs); anyone may press the button, and the gate answers
    /// a moderator with the links and everyone else with a refusal, each seen by that user only.
    /// </summary>
    public static AdaptiveCard LinksForModerators(BotText text, ForumSeries series, IReadOnlyList<string> userIds)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(userIds);
        ActionExecute Show() => new(CardVerb.ExecutiveLinks.Wire())
        {
            Title = text["Action.ShowLinks"],
            Data = CardData.Of((CardData.SeriesId, series.Id)),
            AssociatedInputs = AssociatedInputs.None,
        };
        var body = new List<CardElement>
        {
            CardParts.Title(text["Report.Title"]),
            new TextBlock(text.Format("Report.Intro", CardText.Escape(text.Of(series.Title)))),
            CardParts.Subtle(text["Report.LinksForModerators"]),
        };
        return CardParts.Card(body, [Show()], text.LanguageTag) with { Refresh = new CardRefresh(Show(), [.. userIds.Take(MaxRefreshUsers)]) };
    }

    /// <summary>The card above the file consent cards in a personal chat: what the files are and what "Allow" does.</summary>
    public static AdaptiveCard FileOffers(BotText text, ForumSeries series, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(series);
        var body = new List<CardElement>
        {
            CardParts.Title(text["Report.Title"]),
            new TextBlock(text.Format("Report.Intro", CardText.Escape(text.Of(series.Title)))),
            CardParts.Subtle(text.Format("Files.Offered", CardParts.Duration(text, lifetime))),
        };
        return CardParts.Card(body, [], text.LanguageTag);
    }

    /// <summary>The note after the user accepted or declined a file consent card.</summary>
    public static AdaptiveCard HandOver(BotText text, FileHandOverResult result, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var name = CardText.Escape(fileName ?? string.Empty);
        return result switch
        {
            FileHandOverResult.Uploaded => NoticeCards.Success(text, text.Format("Files.Uploaded", name)),
            FileHandOverResult.Expired => NoticeCards.Info(text, text["Files.Expired"]),
            FileHandOverResult.UploadFailed => NoticeCards.Info(text, text["Files.UploadFailed"]),
            _ => NoticeCards.Info(text, text["Files.Refused"]),
        };
    }
}
