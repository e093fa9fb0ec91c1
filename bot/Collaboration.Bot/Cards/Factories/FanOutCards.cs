using Collaboration.Forums.Delivery;

namespace Collaboration.Bot.Cards.Factories;

/// <summary>The cards of a private fan-out: the moderator's confirmation and summary, and the members' reminder.</summary>
internal static class FanOutCards
{
    // A summary lists this many unreachable members by name; a team of thousands would not fit on a card.
    private const int NamesShown = 40;

    public static AdaptiveCard Started(BotText text, ForumItem item) =>
        NoticeCards.Success(text, text.Format("FanOut.Started", Prompt(text, item)));

    public static AdaptiveCard ReminderStarted(BotText text, ForumItem item, int recipients) =>
        recipients == 0
            ? NoticeCards.Info(text, text.Format("FanOut.NobodyToRemind", Prompt(text, item)))
            : NoticeCards.Success(text, text.Format(item.Anonymous ? "FanOut.ReminderStartedAnonymous" : "FanOut.ReminderStarted", Prompt(text, item), recipients));

    /// <summary>
    /// What a member who has not answered gets: one line and a button that brings up the item to answer. For an anonymous
    /// item everyone who got it is reminded (who answered is not stored), so the line says "if you have not answered yet".
    /// </summary>
    public static AdaptiveCard Reminder(BotText text, ForumItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var show = new ActionExecute(CardVerb.Mine.Wire())
        {
            Title = text["Action.ShowItem"],
            Data = CardData.Of((CardData.ItemId, item.Id)),
            AssociatedInputs = AssociatedInputs.None,
        };
        return CardParts.Card([new TextBlock(text.Format(item.Anonymous ? "FanOut.ReminderAnonymous" : "FanOut.Reminder", Prompt(text, item)))], [show], text.LanguageTag);
    }

    /// <summary>How many members were reached and, by name, who could not be.</summary>
    public static AdaptiveCard Summary(BotText text, FanOutKind kind, ForumItem item, IReadOnlyList<FanOutRecipient> recipients)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(recipients);
        var unreachable = recipients.Where(r => r.State == RecipientState.Unreachable).OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        var title = text.Format(kind == FanOutKind.Reminder ? "FanOut.ReminderSummaryTitle" : "FanOut.SummaryTitle", Prompt(text, item));
        var body = new List<CardElement>
        {
            CardParts.Title(title),
            new FactSet(
            [
                new Fact(text["FanOut.Reached"], Count(text, recipients.Count(r => r.State == RecipientState.Sent))),
                new Fact(text["FanOut.Unreachable"], Count(text, unreachable.Count)),
            ]),
        };
        if (unreachable.Count > 0)
        {
            body.Add(new TextBlock(text["FanOut.UnreachableIntro"]));
            var names = unreachable.Take(NamesShown).Select(r => "- " + CardText.EscapeAndTruncate(CardText.OneLine(r.Name.Length > 0 ? r.Name : r.TeamsId), 80));
            body.Add(new TextBlock(string.Join("\n", names)));
            if (unreachable.Count > NamesShown)
            {
                body.Add(CardParts.Subtle(text.Format("FanOut.More", unreachable.Count - NamesShown)));
            }
        }

        return CardParts.Card(body, lang: text.LanguageTag);
    }

    private static string Prompt(BotText text, ForumItem item) => CardText.EscapeAndTruncate(text.Of(item.Prompt), 120);

    private static string Count(BotText text, int count) => count.ToString("N0", text.Culture ?? CultureInfo.InvariantCulture);
}
