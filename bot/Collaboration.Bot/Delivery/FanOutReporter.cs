using Collaboration.Forums.Delivery;

namespace Collaboration.Bot.Delivery;

/// <summary>Tells the moderator how a finished fan-out went: a summary card in the chat they asked in, naming who was unreachable.</summary>
internal sealed partial class FanOutReporter(
    IFanOutStore store, IFanOutConnector connector, FanOutCardSource cards, ResultsService results, ILogger<FanOutReporter> logger)
{
    public async Task ReportAsync(FanOut fanOut, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fanOut);
        cards.Forget(fanOut.Id);
        var recipients = await store.GetRecipientsAsync(fanOut.Id, cancellationToken);
        var reached = recipients.Count(r => r.State == RecipientState.Sent);
        Log.FanOutCompleted(logger, fanOut.Id, reached, recipients.Count - reached);
        var view = await results.ViewItemAsync(fanOut.ItemId, null, cancellationToken);
        if (!view.Succeeded)
        {
            return;
        }

        var text = BotText.For(connector.LanguageOf(fanOut.SourceReference));
        var card = CardJson.Serialize(FanOutCards.Summary(text, fanOut.Kind, view.Value.Item, recipients));
        try
        {
            await connector.PostToSourceAsync(fanOut.SourceReference, card, cancellationToken);
        }
        catch (ConnectorCallException exception)
        {
            // The deliveries are stored and done; a summary that cannot be posted (bot removed from the chat) is logged.
            Log.SummaryFailed(logger, exception, fanOut.Id, exception.Status);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 704, Level = LogLevel.Information, Message = "Fan-out {FanOutId} complete: {Sent} sent, {Unreachable} unreachable")]
        public static partial void FanOutCompleted(ILogger logger, Guid fanOutId, int sent, int unreachable);

        [LoggerMessage(EventId = 705, Level = LogLevel.Warning, Message = "Fan-out {FanOutId}: the summary could not be posted ({Status})")]
        public static partial void SummaryFailed(ILogger logger, Exception exception, Guid fanOutId, int status);
    }
}
