using System.Net;
using Collaboration.Bot.Commands;
using Collaboration.Bot.Meetings;
using Collaboration.Bot.Posting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Logging;

namespace Collaboration.Bot.Teams;

/// <summary>
/// The Teams activity handler. It translates, both ways, and nothing more: activities into commands and card
/// actions for the interaction layer, and its cards back into messages, invoke responses and card updates.
/// </summary>
internal sealed class ForumBot(CommandHandler commands, CardActionHandler actions, FileHandOver files, ConversationPoster poster, MeetingMemory meetings, MeetingOffers meetingOffers, ILogger<ForumBot> logger)
    : TeamsActivityHandler
{
    /// <summary>
    /// A meeting chat's activities name its meeting; the binding keeps it, before the turn (the gate may ask the
    /// meeting's roles) and after it (the turn may have bound a series here).
    /// </summary>
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var conversationId = TurnInfoReader.ConversationIdOf(turnContext.Activity);
        var meetingId = TurnChannelData.Of(turnContext.Activity)?.Meeting?.Id;
        await meetings.RememberAsync(conversationId, meetingId, cancellationToken);
        await base.OnTurnAsync(turnContext, cancellationToken);
        await meetings.RememberAsync(conversationId, meetingId, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var turn = TurnInfoReader.Read(turnContext);

        // Teams puts "<at>Bot</at>" in front of channel messages; markup is stripped so only the command remains.
        var text = turnContext.Activity.RemoveRecipientMention() ?? turnContext.Activity.Text;
        var parse = CommandParser.Parse(text);
        Log.CommandReceived(logger, parse.Command?.Kind, turn.Kind);
        var reply = await commands.HandleAsync(parse, turn, cancellationToken);
        await poster.PostAsync(turnContext, reply.AsPosts(), cancellationToken);
        poster.MarkStale(reply.StaleItems);
    }

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var turn = TurnInfoReader.Read(turnContext);
        var verb = invokeValue?.Action?.Verb ?? string.Empty;
        Log.CardActionReceived(logger, verb, turn.Kind);
        var data = ReadData(invokeValue?.Action?.Data);
        if (data is null)
        {
            Log.MalformedCardAction(logger, verb);
            var text = BotText.For(turn.Language);
            throw new InvokeResponseException(HttpStatusCode.BadRequest, CardActivities.InvokeResponse(NoticeCards.Info(text, text["Action.Unknown"])));
        }

        var reply = await actions.HandleAsync(verb, data, turn, cancellationToken);
        await poster.PostAsync(turnContext, reply.Posts, cancellationToken);
        poster.MarkStale(reply.StaleItems);
        return CardActivities.InvokeResponse(reply.ForUser);
    }

    protected override async Task OnTeamsFileConsentAcceptAsync(ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse fileConsentCardResponse, CancellationToken cancellationToken)
    {
        var turn = TurnInfoReader.Read(turnContext);
        var upload = FileActivities.Read(fileConsentCardResponse);
        var result = await files.AcceptAsync(upload, cancellationToken);
        Log.FileConsentAccepted(logger, result, turn.Kind);
        if (result == FileHandOverResult.Uploaded)
        {
            await turnContext.SendActivityAsync(FileActivities.InfoMessage(upload), cancellationToken);
        }

        await poster.PostAsync(turnContext, [new BotReply(DownloadCards.HandOver(BotText.For(turn.Language), result, upload.Name))], cancellationToken);
    }

    protected override async Task OnTeamsFileConsentDeclineAsync(ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse fileConsentCardResponse, CancellationToken cancellationToken)
    {
        var turn = TurnInfoReader.Read(turnContext);
        Log.FileConsentDeclined(logger, turn.Kind);
        var text = BotText.For(turn.Language);
        await poster.PostAsync(turnContext, [new BotReply(NoticeCards.Info(text, text["Files.Declined"]))], cancellationToken);
    }

    /// <summary>Unknown invoke names are a client's mistake: 400, not the SDK's 501.</summary>
    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        var response = await base.OnInvokeActivityAsync(turnContext, cancellationToken);
        return response is { Status: (int)HttpStatusCode.NotImplemented } ? new InvokeResponse { Status = (int)HttpStatusCode.BadRequest } : response;
    }

    protected override Task OnTeamsMeetingStartAsync(MeetingStartEventDetails meeting, ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken) =>
        OnMeetingEventAsync(turnContext, MeetingEventKind.Start, meeting?.StartTime, cancellationToken);

    protected override Task OnTeamsMeetingEndAsync(MeetingEndEventDetails meeting, ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken) =>
        OnMeetingEventAsync(turnContext, MeetingEventKind.End, meeting?.EndTime, cancellationToken);

    /// <summary>
    /// The time Teams gives for the event is the same in every delivery of it, so it tells a duplicate from the next
    /// occurrence of a recurring meeting (same chat, same meeting id). An event without one is not acted on.
    /// </summary>
    private async Task OnMeetingEventAsync(ITurnContext turnContext, MeetingEventKind kind, DateTime? occurredAt, CancellationToken cancellationToken)
    {
        if (occurredAt is not { } at || at == default)
        {
            return;
        }

        var utc = at.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : at.ToUniversalTime();
        var turn = TurnInfoReader.Read(turnContext);
        var replies = await meetingOffers.HandleAsync(turn, kind, new DateTimeOffset(utc), cancellationToken);
        await poster.PostAsync(turnContext, replies, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Greet once, when the bot itself joins a chat or team, not for every person who joins later.
        if (membersAdded.Any(m => m.Id == turnContext.Activity.Recipient?.Id))
        {
            var turn = TurnInfoReader.Read(turnContext);
            await poster.PostAsync(turnContext, [new BotReply(HelpCards.Create(BotText.For(turn.Language), welcome: true))], cancellationToken);
        }
    }

    private static JsonObject? ReadData(object? data)
    {
        if (data is null)
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(data)) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            // Data that is not a JSON object cannot carry a card action; the caller answers 400.
            return null;
        }
    }
}
