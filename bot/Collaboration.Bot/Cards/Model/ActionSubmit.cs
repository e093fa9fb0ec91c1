namespace Collaboration.Bot.Cards.Model;

internal sealed record ActionSubmit : AdaptiveAction
{
    public JsonObject? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
