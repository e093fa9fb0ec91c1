namespace Collaboration.Reports.Theming;

/// <summary>An image of the theme with its pixel size, so it can be placed without distortion.</summary>
public sealed record ThemeImage(byte[] Bytes, string ContentType, int Width, int Height)
{
    /// <summary>Reads PNG or JPEG bytes; null when the bytes are neither (the caller says so to the user).</summary>
    public static ThemeImage? From(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length > 24 && bytes[0] == 0x89 && bytes[1] == 0x50 && bytes[2] == 0x4E && bytes[3] == 0x47)
        {
            return new ThemeImage(bytes, "image/png", BigEndian(bytes, 16), BigEndian(bytes, 20));
        }

        if (bytes.Length > 4 && bytes[0] == 0xFF && bytes[1] == 0xD8)
        {
            return JpegSize(bytes) is var (w, h) ? new ThemeImage(bytes, "image/jpeg", w, h) : null;
        }

        return null;
    }

    private static int BigEndian(byte[] b, int at) => (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3];

    private static (int Width, int Height)? JpegSize(byte[] b)
    {
        var i = 2;
        while (i + 9 < b.Length && b[i] == 0xFF)
        {
            var marker = b[i + 1];
            var length = (b[i + 2] << 8) | b[i + 3];

            // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return ((b[i + 7] << 8) | b[i + 8], (b[i + 5] << 8) | b[i + 6]);
            }

            i += 2 + length;
        }

        return null;
    }
}
