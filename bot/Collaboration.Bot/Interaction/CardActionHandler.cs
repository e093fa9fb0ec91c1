using Collaboration.Bot.Gate;

namespace Collaboration.Bot.Interaction;

/// <summary>
/// Translates a pressed Action.Execute button into an action for the gate; its answer is the card that replaces the
/// clicked one for the clicking user. An answer that could not be stored because the database was out of reach
/// comes back on the same card with the user's inputs kept, so nothing typed is lost.
/// </summary>
internal sealed class CardActionHandler(ActionGate gate, ILogger<CardActionHandler> logger)
{
    public async Task<ActionReply> HandleAsync(string? verb, JsonObject data, TurnInfo turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(turn);
        var text = BotText.For(turn.Language);
        if (ActionReader.FromCard(verb, data, turn) is not { } action)
        {
            return ActionReply.Only(NoticeCards.Info(text, text["Action.Unknown"]));
        }

        try
        {
            return await gate.PassAsync(action, cancellationToken);
        }
        catch (StoreUnavailableException unavailable)
        {
            // Each store call is atomic, so nothing half-done stays behind; the card lets the user send the same again.
            InteractionLog.StoreUnavailableForAction(logger, unavailable, verb ?? string.Empty);
            return ActionReply.Only(UnavailableCards.ForAction(text, verb, data));
        }
    }
}
