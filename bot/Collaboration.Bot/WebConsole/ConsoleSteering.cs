using Collaboration.Bot.Posting;
using Collaboration.Forums.Validation;
using Collaboration.Web.Teams;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace Collaboration.Bot.WebConsole;

/// <summary>
/// The web console's steering (<see cref="IChatSteering"/>): the bot's own <see cref="ModeratorActions"/> runs the use case,
/// and what a typed command would have posted (the notice or overview, the opened items' cards, a closed forum's
/// summary) is posted into the chat under its stored reference, in the chat's language. The changed items' posted
/// cards and live views follow through <see cref="ConversationPoster.MarkStale"/>.
/// </summary>
internal sealed partial class ConsoleSteering(
    ModeratorActions moderatorActions, ConversationPoster poster, IConversationStore conversations, CloudAdapter adapter, IOptions<BotOptions> options,
    ILogger<ConsoleSteering> logger) : IChatSteering
{
    public Task<SteeringResult> StartForumAsync(ConversationMember moderator, Grant grant, int number, CancellationToken cancellationToken) =>
        RunAsync(moderator, turn => moderatorActions.StartForumAsync(grant, number, turn, cancellationToken), cancellationToken);

    public Task<SteeringResult> CloseForumAsync(ConversationMember moderator, Grant grant, int number, CancellationToken cancellationToken) =>
        RunAsync(moderator, turn => moderatorActions.CloseForumAsync(grant, number, turn, cancellationToken), cancellationToken);

    public Task<SteeringResult> CarryOverAsync(ConversationMember moderator, Grant grant, int number, CancellationToken cancellationToken) =>
        RunAsync(moderator, turn => moderatorActions.CarryOverAsync(grant, number, turn, cancellationToken), cancellationToken);

    public Task<SteeringResult> SetItemStatusAsync(ConversationMember moderator, Grant grant, Guid itemId, bool open, CancellationToken cancellationToken) =>
        RunAsync(moderator, turn => moderatorActions.SetItemStatusAsync(grant, itemId, open, turn, cancellationToken), cancellationToken);

    private async Task<SteeringResult> RunAsync(ConversationMember moderator, Func<TurnInfo, Task<SteeringOutcome>> act, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(moderator);
        // The gate let the moderator in through this conversation, so the bot is in it and has its reference.
        var referenceJson = await conversations.GetConversationReferenceAsync(moderator.ConversationId, cancellationToken);
        var reference = referenceJson is null ? null : JsonConvert.DeserializeObject<ConversationReference>(referenceJson);
        var turn = new TurnInfo(moderator.ConversationId, moderator.Kind, moderator.User, BotText.LanguageOf(reference?.Locale), () => referenceJson ?? string.Empty)
        {
            TeamsUserId = moderator.TeamsUserId,
            MeetingId = moderator.MeetingId,
            TenantId = moderator.TenantId,
        };

        var outcome = await act(turn);
        if (outcome.Refusal is { } refusal)
        {
            return new SteeringResult(refusal);
        }

        poster.MarkStale(outcome.StaleItems);
        if (reference is null)
        {
            Log.NoReference(logger);
            return SteeringResult.Done;
        }

        // The change is stored; a chat Teams cannot reach right now keeps its older cards, as after a failed refresh.
        try
        {
            await adapter.ContinueConversationAsync(options.Value.MicrosoftAppId ?? string.Empty, reference,
                (turnContext, ct) => poster.PostAsync(turnContext, outcome.AsReplies(), ct), cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or ErrorResponseException)
        {
            Log.PostFailed(logger, exception);
        }

        return SteeringResult.Done;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3801, Level = LogLevel.Warning, Message = "The console's change is stored, but the chat has no stored reference to post its cards into")]
        public static partial void NoReference(ILogger logger);

        [LoggerMessage(EventId = 3802, Level = LogLevel.Warning, Message = "The console's change is stored, but posting its cards into the chat failed")]
        public static partial void PostFailed(ILogger logger, Exception exception);
    }
}
