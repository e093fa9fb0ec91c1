using Collaboration.Bot.Cards.Factories;
using Collaboration.Bot.Gate;
using Collaboration.Bot.Hosting;
using Collaboration.Forums.Validation;
using Microsoft.Extensions.Options;

namespace Collaboration.Bot.Interaction;

/// <summary>A moderator's "bericht", after the gate: the executive deck and Word report of the series.</summary>
internal sealed class ReportDesk(ExecutiveFiles executiveFiles, IOptions<BotOptions> options)
{
    /// <summary>
    /// In a personal chat the files go into the moderator's OneDrive through file consent cards; Teams offers those
    /// only there, so group chats and channels get signed download links.
    /// </summary>
    public async Task<ActionReply> ExecutiveFilesAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var (text, series, turn) = (context.Text, context.RequiredSeries, context.Turn);
        var notFound = ActionReply.Only(NoticeCards.Refusal(text, new Rejection(RejectionCode.SeriesNotFound)));
        if (turn.Kind != ConversationKind.Personal)
        {
            var links = await executiveFiles.CreateAsync(series.Id, turn.Language, cancellationToken);
            return links is null ? notFound : ActionReply.Only(DownloadCards.ExecutiveFiles(text, series, links, options.Value.DownloadLinkLifetime));
        }

        if (await executiveFiles.ShelveAsync(series.Id, turn.Language, cancellationToken) is not { } files)
        {
            return notFound;
        }

        var title = text.Of(series.Title);
        FileOffer[] offers =
        [
            new(files.Deck.FileName, files.Deck.Size, text.Format("Files.DeckDescription", title), FileClaim.Of(files.Deck)),
            new(files.Report.FileName, files.Report.Size, text.Format("Files.ReportDescription", title), FileClaim.Of(files.Report)),
        ];
        return ActionReply.Only(DownloadCards.FileOffers(text, series, options.Value.DownloadLinkLifetime)) with { Offers = offers };
    }
}
