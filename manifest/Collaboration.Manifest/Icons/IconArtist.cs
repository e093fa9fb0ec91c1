namespace Collaboration.Manifest.Icons;

/// <summary>
/// Draws the app's icons: a speech bubble holding a bar chart, i.e. a forum whose answers become results; the Teams
/// app's colour and outline icons and the Office add-in's ribbon icons.
/// </summary>
/// <remarks>
/// Teams' rules, which these drawings follow: the colour icon is 192×192 with the symbol inside the central
/// 96×96 square (Teams crops and overlays the edges in some places), on a solid accent-coloured background; the
/// outline icon is 32×32, only white on a transparent background, without padding. The outline icon is sampled
/// once per pixel so every pixel is exactly white or exactly transparent (no grey or half-transparent edge that
/// a validator could call a colour); the colour icon is sampled 4×4 per pixel for smooth edges.
/// </remarks>
internal static class IconArtist
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    /// <summary>The manifest's accentColor, also the colour icon's background (#2B579A).</summary>
    public static readonly (byte R, byte G, byte B) Accent = (0x2B, 0x57, 0x9A);

    private const int ColorSymbolSize = 96;
    private const int Supersampling = 4;

    public static PngImage DrawColor()
    {
        var rgba = new byte[ColorSize * ColorSize * 4];
        const double offset = (ColorSize - ColorSymbolSize) / 2.0;
        for (var y = 0; y < ColorSize; y++)
        {
            for (var x = 0; x < ColorSize; x++)
            {
                var covered = 0;
                for (var sy = 0; sy < Supersampling; sy++)
                {
                    for (var sx = 0; sx < Supersampling; sx++)
                    {
                        var u = (x + ((sx + 0.5) / Supersampling) - offset) / ColorSymbolSize;
                        var v = (y + ((sy + 0.5) / Supersampling) - offset) / ColorSymbolSize;
                        covered += IsSymbol(u, v) ? 1 : 0;
                    }
                }

                var coverage = covered / (double)(Supersampling * Supersampling);
                var i = ((y * ColorSize) + x) * 4;
                rgba[i] = Blend(Accent.R, coverage);
                rgba[i + 1] = Blend(Accent.G, coverage);
                rgba[i + 2] = Blend(Accent.B, coverage);
                rgba[i + 3] = 255;
            }
        }

        return new PngImage(ColorSize, ColorSize, rgba);
    }

    /// <summary>The Office add-in's ribbon button: Office asks for 16, 32 and 80 pixels (the unified manifest's required sizes).</summary>
    public static IReadOnlyList<int> RibbonSizes { get; } = [16, 32, 80];

    /// <summary>The file a ribbon icon is drawn to in manifest/app, which the web app serves under /api/addin/icons/{size}.png.</summary>
    public static string RibbonFileName(int size) => $"addin-{size}.png";

    /// <summary>
    /// A ribbon icon: the same symbol in the accent colour on a transparent background (ribbon icons sit on Office's own
    /// light or dark ribbon, so a filled square would look like a foreign tile), edges smoothed by the coverage in alpha.
    /// </summary>
    public static PngImage DrawRibbon(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 8);
        var rgba = new byte[size * size * 4];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var covered = 0;
                for (var sy = 0; sy < Supersampling; sy++)
                {
                    for (var sx = 0; sx < Supersampling; sx++)
                    {
                        covered += IsSymbol((x + ((sx + 0.5) / Supersampling)) / size, (y + ((sy + 0.5) / Supersampling)) / size) ? 1 : 0;
                    }
                }

                var i = ((y * size) + x) * 4;
                rgba[i] = Accent.R;
                rgba[i + 1] = Accent.G;
                rgba[i + 2] = Accent.B;
                rgba[i + 3] = (byte)Math.Round(255.0 * covered / (Supersampling * Supersampling));
            }
        }

        return new PngImage(size, size, rgba);
    }

    public static PngImage DrawOutline()
    {
        var rgba = new byte[OutlineSize * OutlineSize * 4];
        for (var y = 0; y < OutlineSize; y++)
        {
            for (var x = 0; x < OutlineSize; x++)
            {
                if (!IsSymbol((x + 0.5) / OutlineSize, (y + 0.5) / OutlineSize))
                {
                    continue; // stays (0, 0, 0, 0): transparent
                }

                var i = ((y * OutlineSize) + x) * 4;
                rgba[i] = rgba[i + 1] = rgba[i + 2] = rgba[i + 3] = 255;
            }
        }

        return new PngImage(OutlineSize, OutlineSize, rgba);
    }

    /// <summary>The symbol in unit coordinates (0..1 both ways, y down): bubble and tail, minus three bars.</summary>
    private static bool IsSymbol(double u, double v)
    {
        var bubble = InRoundedRect(u, v, 0.03, 0.08, 0.97, 0.74, 0.16) || InTail(u, v);
        return bubble && !InBar(u, v);
    }

    private static bool InTail(double u, double v)
    {
        // A right triangle hanging below the bubble's left part: (0.20, 0.70), (0.44, 0.70), (0.20, 0.94).
        const double top = 0.70, left = 0.20, width = 0.24, height = 0.24;
        if (v < top || u < left)
        {
            return false;
        }

        return ((u - left) / width) + ((v - top) / height) <= 1;
    }

    private static bool InBar(double u, double v) =>
        InRect(u, v, 0.22, 0.42, 0.34, 0.60) || InRect(u, v, 0.44, 0.22, 0.56, 0.60) || InRect(u, v, 0.66, 0.32, 0.78, 0.60);

    private static bool InRect(double u, double v, double left, double top, double right, double bottom) =>
        u >= left && u < right && v >= top && v < bottom;

    private static bool InRoundedRect(double u, double v, double left, double top, double right, double bottom, double radius)
    {
        if (!InRect(u, v, left, top, right, bottom))
        {
            return false;
        }

        var cx = Math.Clamp(u, left + radius, right - radius);
        var cy = Math.Clamp(v, top + radius, bottom - radius);
        var dx = u - cx;
        var dy = v - cy;
        return (dx * dx) + (dy * dy) <= radius * radius;
    }

    private static byte Blend(byte background, double whiteCoverage) =>
        (byte)Math.Round(background + ((255 - background) * whiteCoverage));
}
