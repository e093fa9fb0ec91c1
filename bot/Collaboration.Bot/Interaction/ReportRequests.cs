using Collaboration.Bot.Gate;
using Collaboration.Forums.Validation;

namespace Collaboration.Bot.Interaction;

/// <summary>A moderator's "bericht", after the gate: the executive deck and Word report of the series.</summary>
internal sealed class ReportRequests(ExecutiveFiles executiveFiles, IOptions<BotOptions> options)
{
    /// <summary>
    /// In a personal chat the files go into the moderator's OneDrive through file consent cards; Teams offers those
    /// only there. A group chat or channel gets a card without links that shows them only to the moderator who asked
    /// (<see cref="LinksAsync"/>): signed links work for whoever holds them.
    /// </summary>
    public async Task<ActionReply> ExecutiveFilesAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var (text, series, turn) = (context.Text, context.RequiredSeries, context.Turn);
        if (turn.Kind != ConversationKind.Personal)
        {
            return ActionReply.Only(DownloadCards.LinksForModerators(text, series, turn.TeamsUserId is { Length: > 0 } id ? [id] : []));
        }

        var notFound = ActionReply.Only(NoticeCards.Refusal(text, new Rejection(RejectionCode.SeriesNotFound)));

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

    /// <summary>The signed links, as the invoke answer that only the moderator who pressed (or whose card refreshed) sees.</summary>
    public async Task<ActionReply> LinksAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var (text, series) = (context.Text, context.RequiredSeries);
        var links = await executiveFiles.CreateAsync(series.Id, context.Turn.Language, cancellationToken);
        return ActionReply.Only(links is null
            ? NoticeCards.Refusal(text, new Rejection(RejectionCode.SeriesNotFound))
            : DownloadCards.ExecutiveFiles(text, series, links, options.Value.DownloadLinkLifetime));
    }
}
