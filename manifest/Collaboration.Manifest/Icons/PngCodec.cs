using SkiaSharp;

namespace Collaboration.Manifest.Icons;

/// <summary>
/// Writes and reads the PNGs of the app package with Skia's codecs (SkiaSharp). Reading takes any PNG an icon tool
/// produces (any bit depth, palette, interlacing), so a hand-made replacement icon is checked by the same rules as the
/// generated one. Pixels are straight (not premultiplied) RGBA, as PNG stores them, so colours read back exactly.
/// </summary>
internal static class PngCodec
{
    public static void Write(PngImage image, Stream output)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(output);
        var info = new SKImageInfo(image.Width, image.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var pixels = SKData.CreateCopy(image.Rgba);
        using var skImage = SKImage.FromPixels(info, pixels, info.RowBytes)
            ?? throw new InvalidOperationException("Skia refused the icon's pixels.");
        using var png = skImage.Encode(SKEncodedImageFormat.Png, 100)
            ?? throw new InvalidOperationException("Skia could not encode the icon as PNG.");
        png.SaveTo(output);
    }

    public static PngImage Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        using var data = SKData.CreateCopy(buffer.ToArray());
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat != SKEncodedImageFormat.Png)
        {
            throw new InvalidDataException("not a PNG file");
        }

        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var result = codec.GetPixels(info, out var rgba);
        if (result is not SKCodecResult.Success)
        {
            throw new InvalidDataException($"the PNG could not be decoded ({result})");
        }

        return new PngImage(info.Width, info.Height, rgba);
    }
}
