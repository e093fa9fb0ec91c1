using SkiaSharp;

namespace Collaboration.Fakes.Images;

/// <summary>
/// A valid PNG of random RGB pixels (encoded by SkiaSharp): noise does not compress, so the file is about
/// width × height × 3 bytes, the size of a high-resolution photo a theme might carry as its logo.
/// </summary>
public static class NoisePng
{
    public static byte[] Create(int width, int height, int seed)
    {
        var random = new Random(seed);
        var rgba = new byte[width * height * 4];
        random.NextBytes(rgba);
        for (var i = 3; i < rgba.Length; i += 4)
        {
            rgba[i] = 255; // opaque: the encoder writes RGB, three bytes of noise a pixel
        }

        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var pixels = SKData.CreateCopy(rgba);
        using var image = SKImage.FromPixels(info, pixels, info.RowBytes)
            ?? throw new InvalidOperationException("Skia refused the noise pixels.");
        using var png = image.Encode(SKEncodedImageFormat.Png, 100)
            ?? throw new InvalidOperationException("Skia could not encode the noise as PNG.");
        return png.ToArray();
    }
}
