namespace Collaboration.Bot.Cards.Model;

/// <summary>
/// A button. Named AdaptiveAction rather than CardAction so it does not clash with Microsoft.Bot.Schema.CardAction
/// in the handlers that use both.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ActionExecute), "Action.Execute")]
[JsonDerivedType(typeof(ActionSubmit), "Action.Submit")]
[JsonDerivedType(typeof(ActionOpenUrl), "Action.OpenUrl")]
[JsonDerivedType(typeof(ActionShowCard), "Action.ShowCard")]
[JsonDerivedType(typeof(ActionToggleVisibility), "Action.ToggleVisibility")]
internal abstract record AdaptiveAction
{
    public string? Id { get; init; }

    public string? Title { get; init; }

    public ActionStyle? Style { get; init; }
}
