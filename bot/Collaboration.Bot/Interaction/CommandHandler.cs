using Collaboration.Bot.Cards.Factories;
using Collaboration.Bot.Commands;
using Collaboration.Bot.Hosting;
using Collaboration.Bot.Localization;
using Collaboration.Forums.Application;
using Collaboration.Forums.Delivery;
using Collaboration.Forums.Series;
using Collaboration.Forums.Store;
using Collaboration.Forums.Templates;
using Collaboration.Forums.Text;
using Collaboration.Forums.Validation;
using Microsoft.Extensions.Options;

namespace Collaboration.Bot.Interaction;

/// <summary>Answers chat commands: finds the conversation's series, calls the use case, returns the cards to post.</summary>
internal sealed class CommandHandler(
    ForumService forums,
    IConversationStore conversations,
    IFanOutStore fanOuts,
    Steering steering,
    ExecutiveFiles executiveFiles,
    ArchiveDesk archives,
    FanOutDesk fanOutDesk,
    PrivacyDesk privacyDesk,
    IOptions<BotOptions> options,
    ILogger<CommandHandler> logger)
{
    private const string DefaultTemplate = "rdz-salzlandkreis";

    public async Task<IReadOnlyList<BotReply>> HandleAsync(CommandParse parse, TurnInfo turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(turn);
        try
        {
            return await DispatchAsync(parse, turn, cancellationToken);
        }
        catch (StoreUnavailableException unavailable)
        {
            InteractionLog.StoreUnavailableForCommand(logger, unavailable, parse.Command?.Kind);
            return [new(UnavailableCards.Notice(BotText.For(turn.Language)))];
        }
    }

    private async Task<IReadOnlyList<BotReply>> DispatchAsync(CommandParse parse, TurnInfo turn, CancellationToken cancellationToken)
    {
        var text = BotText.For(turn.Language);
        if (parse.Misused is { } misused)
        {
            var spelling = turn.Language == Language.En ? misused.English : misused.German;
            return [new(NoticeCards.Info(text, text.Format("Command.Usage", HelpCards.Usage(text, misused, spelling))))];
        }

        if (parse.Command is not { } command)
        {
            return parse.UnknownText is null
                ? [new(HelpCards.Create(text))]
                : [new(NoticeCards.Info(text, text["Command.Unknown"]))];
        }

        switch (command.Kind)
        {
            case CommandKind.Help:
                return [new(HelpCards.Create(text))];
            case CommandKind.Templates:
                return [new(NoticeCards.Info(text, text.Format("Templates.List", string.Join(", ", SeriesTemplates.BuiltIn))))];
            case CommandKind.CreateSeries:
                return await CreateSeriesAsync(text, command.Argument, turn, cancellationToken);
            case CommandKind.MyData:
                return [new(await privacyDesk.ExportAsync(text, command.Argument, turn, cancellationToken))];
            case CommandKind.DeleteMyData:
                return [new(PrivacyDesk.ConfirmErasure(text, command.Argument, turn))];
        }

        var seriesId = await SeriesOfAsync(turn, cancellationToken);
        var series = seriesId is null ? Outcome<ForumSeries>.Failure(RejectionCode.SeriesNotFound) : await forums.GetSeriesAsync(seriesId.Value, cancellationToken);
        return series.Succeeded
            ? await HandleForSeriesAsync(text, command, series.Value, turn, cancellationToken)
            : [new(NoticeCards.Info(text, text["Series.NoneHere"]))];
    }

    private async Task<IReadOnlyList<BotReply>> HandleForSeriesAsync(BotText text, BotCommand command, ForumSeries series, TurnInfo turn, CancellationToken cancellationToken)
    {
        var isModerator = forums.IsModerator(series, turn.User);
        if (CommandCatalog.Get(command.Kind).ModeratorOnly && !isModerator)
        {
            return [new(NoticeCards.Refusal(text, new Rejection(RejectionCode.NotModerator)))];
        }

        switch (command.Kind)
        {
            case CommandKind.Status:
            case CommandKind.Moderate:
                return [new(SeriesCards.Overview(text, series, isModerator))];
            case CommandKind.Join:
                return [new(OnboardingCards.Create(text, series, current: null, thenItemId: null))];
            case CommandKind.StartForum:
                return (await steering.StartForumAsync(series.Id, command.ForumNumber!.Value, turn, cancellationToken)).AsReplies();
            case CommandKind.CloseForum:
                return (await steering.CloseForumAsync(series.Id, command.ForumNumber!.Value, turn, cancellationToken)).AsReplies();
            case CommandKind.CarryOver:
                return (await steering.CarryOverAsync(series.Id, command.ForumNumber!.Value, turn, cancellationToken)).AsReplies();
            case CommandKind.OpenItem:
            case CommandKind.CloseItem:
                return (await steering.SetItemStatusAsync(series.Id, command.Argument!, command.Kind == CommandKind.OpenItem, turn, cancellationToken)).AsReplies();
            case CommandKind.AddItem:
                return [new(AddItemCards.Create(text, series, command.ForumNumber ?? series.OpenForum?.Number ?? 1))];
            case CommandKind.Results:
                return await ResultsAsync(text, series, command.Argument, cancellationToken);
            case CommandKind.Archive:
                return [new(command.ForumNumber is { } number
                    ? await archives.EnqueueAsync(text, series, number, cancellationToken)
                    : await archives.StuckAsync(text, series, cancellationToken))];
            case CommandKind.Report:
                return await ExecutiveFilesAsync(text, series, turn, cancellationToken);
            case CommandKind.FanOut:
                return [new(await fanOutDesk.SendPrivatelyAsync(text, series.Id, command.Argument!, turn, cancellationToken))];
            case CommandKind.Remind:
                return [new(await fanOutDesk.RemindAsync(text, series.Id, command.Argument!, turn, cancellationToken))];
            default:
                return [new(HelpCards.Create(text))];
        }
    }

    /// <summary>
    /// The series bound to the conversation; in a personal chat that is bound to none, the series that last sent an
    /// item privately into it, so "status" or "ergebnisse" typed beside a private item speak about that item's series.
    /// </summary>
    private async Task<Guid?> SeriesOfAsync(TurnInfo turn, CancellationToken cancellationToken) =>
        await conversations.GetBoundSeriesAsync(turn.ConversationId, cancellationToken)
        ?? (turn.Kind == ConversationKind.Personal ? await fanOuts.GetSeriesOfPersonalConversationAsync(turn.ConversationId, cancellationToken) : null);

    /// <summary>
    /// In a personal chat the files go into the moderator's OneDrive through file consent cards; Teams offers those
    /// only there, so group chats and channels get signed download links.
    /// </summary>
    private async Task<IReadOnlyList<BotReply>> ExecutiveFilesAsync(BotText text, ForumSeries series, TurnInfo turn, CancellationToken cancellationToken)
    {
        var notFound = new BotReply(NoticeCards.Refusal(text, new Rejection(RejectionCode.SeriesNotFound)));
        if (turn.Kind != ConversationKind.Personal)
        {
            var links = await executiveFiles.CreateAsync(series.Id, turn.Language, cancellationToken);
            return links is null ? [notFound] : [new(DownloadCards.ExecutiveFiles(text, series, links, options.Value.DownloadLinkLifetime))];
        }

        if (await executiveFiles.ShelveAsync(series.Id, turn.Language, cancellationToken) is not { } files)
        {
            return [notFound];
        }

        var title = text.Of(series.Title);
        FileOffer[] offers =
        [
            new(files.Deck.FileName, files.Deck.Size, text.Format("Files.DeckDescription", title), FileClaim.Of(files.Deck)),
            new(files.Report.FileName, files.Report.Size, text.Format("Files.ReportDescription", title), FileClaim.Of(files.Report)),
        ];
        return [new(DownloadCards.FileOffers(text, series, options.Value.DownloadLinkLifetime)) { Offers = offers }];
    }

    private async Task<IReadOnlyList<BotReply>> CreateSeriesAsync(BotText text, string? templateName, TurnInfo turn, CancellationToken cancellationToken)
    {
        if (templateName is null)
        {
            return [new(SeriesCards.CreateForm(text, SeriesTemplates.BuiltIn))];
        }

        var template = SeriesTemplates.ReadBuiltIn(templateName == "standard" || templateName == "default" ? DefaultTemplate : templateName);
        if (template is null)
        {
            return [new(NoticeCards.Info(text, text.Format("Templates.Unknown", templateName, string.Join(", ", SeriesTemplates.BuiltIn))))];
        }

        return (await steering.CreateSeriesAsync(template, turn, cancellationToken)).AsReplies();
    }

    /// <summary>The results of one item (by key), or a summary of the open forum, else of the last forum that ran.</summary>
    private async Task<IReadOnlyList<BotReply>> ResultsAsync(BotText text, ForumSeries series, string? itemKey, CancellationToken cancellationToken)
    {
        var forum = series.OpenForum ?? series.Forums.LastOrDefault(f => f.Status == ForumStatus.Closed);
        if (itemKey is not null)
        {
            var item = series.FindItemByKey(itemKey);
            return item is null
                ? [new(NoticeCards.Refusal(text, new Rejection(RejectionCode.ItemNotFound, itemKey)))]
                : [await steering.ItemPostAsync(text, item.Id, cancellationToken)];
        }

        if (forum is null)
        {
            return [new(NoticeCards.Info(text, text["Results.NoForumYet"]))];
        }

        var headline = text.Format("Results.ForumHeadline", forum.Number, text.Of(forum.Title));
        return [new(await steering.SummaryAsync(text, series.Id, forum, headline, cancellationToken))];
    }
}
