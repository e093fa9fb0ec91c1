namespace Collaboration.Manifest.Icons;

/// <summary>An 8-bit RGBA picture, row by row, four bytes a pixel.</summary>
internal sealed class PngImage
{
    public PngImage(int width, int height, byte[] rgba)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentNullException.ThrowIfNull(rgba);
        if (rgba.Length != width * height * 4)
        {
            throw new ArgumentException($"{width}x{height} RGBA needs {width * height * 4} bytes, not {rgba.Length}.", nameof(rgba));
        }

        Width = width;
        Height = height;
        Rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    public byte[] Rgba { get; }

    public Rgba32 this[int x, int y]
    {
        get
        {
            var i = ((y * Width) + x) * 4;
            return new Rgba32(Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
        }
    }

    public IEnumerable<Rgba32> Pixels()
    {
        for (var i = 0; i < Rgba.Length; i += 4)
        {
            yield return new Rgba32(Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
        }
    }
}

internal readonly record struct Rgba32(byte R, byte G, byte B, byte A)
{
    public bool IsWhite => R == 255 && G == 255 && B == 255;

    public bool IsTransparent => A == 0;
}
