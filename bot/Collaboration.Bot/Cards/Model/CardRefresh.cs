namespace Collaboration.Bot.Cards.Model;

/// <summary>
/// The card's "refresh": Teams invokes the action automatically when one of the listed users opens the card,
/// so each of them sees a card made for them (e.g. their own vote). Teams honours at most 60 user ids.
/// </summary>
internal sealed record CardRefresh
{
    public CardRefresh(ActionExecute action, IReadOnlyList<string>? userIds = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        Action = action;
        UserIds = userIds;
    }

    /// <summary>Declared as the base type so that System.Text.Json writes "type": "Action.Execute".</summary>
    public AdaptiveAction Action { get; }

    public IReadOnlyList<string>? UserIds { get; }
}
