namespace Collaboration.Bot.Cards.Model;

/// <summary>
/// Text rendered with the Adaptive Card markdown subset. Text that a user typed goes through
/// <see cref="CardText.Escape"/> first, so that it shows as typed.
/// </summary>
internal sealed record TextBlock(string Text) : CardElement
{
    /// <summary>On by default: without it Teams cuts a long line off after one row.</summary>
    public bool Wrap { get; init; } = true;

    public TextWeight? Weight { get; init; }

    public TextSize? Size { get; init; }

    public bool? IsSubtle { get; init; }

    public TextColor? Color { get; init; }

    public int? MaxLines { get; init; }
}
