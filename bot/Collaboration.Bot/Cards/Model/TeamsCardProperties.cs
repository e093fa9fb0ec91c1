namespace Collaboration.Bot.Cards.Model;

/// <summary>The Teams-specific "msteams" block of a card.</summary>
internal sealed record TeamsCardProperties
{
    /// <summary>"Full" lets the card use the whole width of the conversation.</summary>
    public string? Width { get; init; }

    public static TeamsCardProperties FullWidth { get; } = new() { Width = "Full" };
}
