using Collaboration.Bot.Cards.Model;

namespace Collaboration.Bot.Cards.Factories;

/// <summary>Pieces every card uses, so all cards look alike.</summary>
internal static class CardParts
{
    public static TextBlock Title(string text) => new(text) { Size = TextSize.Medium, Weight = TextWeight.Bolder };

    public static TextBlock Subtle(string text) => new(text) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None };

    public static TextBlock Heading(string text) => new(text) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true };

    public static Container Notice(string text, ContainerStyle style) => new([new TextBlock(text)]) { Style = style };

    public static AdaptiveCard Card(IEnumerable<CardElement> body, IEnumerable<AdaptiveAction>? actions = null, string? lang = null)
    {
        var list = actions?.ToList();
        return new AdaptiveCard([.. body])
        {
            Actions = list is { Count: > 0 } ? list : null,
            MsTeams = TeamsCardProperties.FullWidth,
            Lang = lang,
        };
    }
}
