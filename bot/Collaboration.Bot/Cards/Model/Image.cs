namespace Collaboration.Bot.Cards.Model;

internal sealed record Image(Uri Url) : CardElement
{
    public string? AltText { get; init; }

    public ImageSize? Size { get; init; }
}
