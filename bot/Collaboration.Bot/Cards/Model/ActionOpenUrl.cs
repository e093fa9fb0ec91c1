namespace Collaboration.Bot.Cards.Model;

/// <summary>A button that opens a web address in the user's browser (e.g. a download link).</summary>
internal sealed record ActionOpenUrl(Uri Url) : AdaptiveAction;
