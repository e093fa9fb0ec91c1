namespace Collaboration.Reports.Deck;

/// <summary>Slide geometry in EMU (914,400 per inch): a 16:9 widescreen slide of 13.333 × 7.5 inches.</summary>
internal static class Emu
{
    public const long SlideWidth = 12192000;
    public const long SlideHeight = 6858000;
    public const long Margin = 457200;
    public const long ContentTop = 1450000;
    public const long ContentWidth = SlideWidth - (2 * Margin);
    public const long ContentHeight = SlideHeight - ContentTop - 380000;
}
