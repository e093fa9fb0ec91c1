namespace Collaboration.Bot.Cards.Model;

/// <summary>Shows or hides the elements with the given ids.</summary>
internal sealed record ActionToggleVisibility(IReadOnlyList<string> TargetElements) : AdaptiveAction;
