using Collaboration.Forums.Outbox;

namespace Collaboration.Bot.Cards.Factories;

/// <summary>The card that tells a series' conversation where a closed forum's archive lies in SharePoint.</summary>
internal static class ArchiveCards
{
    public static AdaptiveCard Archived(BotText text, ArchiveLinksPayload archived)
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

    /// <summary>The series' archive jobs that failed, each with a button to try again now.</summary>
    public static AdaptiveCard Stuck(BotText text, Guid seriesId, IReadOnlyList<StuckArchive> jobs)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(jobs);
        if (jobs.Count == 0)
        {
            return NoticeCards.Success(text, text["Archive.NoneStuck"]);
        }

        var body = new List<CardElement> { CardParts.Title(text["Archive.StuckTitle"]) };
        foreach (var (forumNumber, job) in jobs)
        {
            var state = text[job.Poison ? "Archive.GaveUp" : "Archive.Waiting"];
            body.Add(CardParts.Heading(text.Format("Archive.Job", forumNumber, job.Attempts, state)));
            if (job.LastError is { Length: > 0 } error)
            {
                body.Add(CardParts.Subtle(CardText.EscapeAndTruncate(error, 300)));
            }

            body.Add(new ActionSet(
            [
                new ActionExecute(CardVerb.RetryArchive.Wire())
                {
                    Title = text["Action.RetryArchive"],
                    Data = CardData.Of((CardData.SeriesId, seriesId), (CardData.JobId, job.Id)),
                    AssociatedInputs = AssociatedInputs.None,
                },
            ]));
        }

        return CardParts.Card(body, lang: text.LanguageTag);
    }
}
