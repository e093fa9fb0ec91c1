using Collaboration.Bot.Cards.Model;
using Collaboration.Bot.Localization;
using Collaboration.GraphSync;

namespace Collaboration.Bot.Cards.Factories;

/// <summary>The card that tells a series' conversation where a closed forum's archive lies in SharePoint.</summary>
internal static class ArchiveCards
{
    public static AdaptiveCard Archived(BotText text, ForumArchived archived)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(archived);
        var body = new List<CardElement>
        {
            CardParts.Title(text.Format("Archive.Title", archived.ForumNumber)),
            new TextBlock(text.Format("Archive.Intro", CardText.Escape(text.Of(archived.ForumTitle)))),
        };
        var actions = archived.Files.Select(f => (AdaptiveAction)new ActionOpenUrl(f.WebUrl) { Title = text.Format("Action.OpenFile", f.Name) });
        return CardParts.Card(body, actions, text.LanguageTag);
    }
}
