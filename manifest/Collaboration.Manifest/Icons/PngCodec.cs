using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Collaboration.Manifest.Icons;

/// <summary>
/// Writes and reads the PNGs of the app package. Writing is plain RGBA without filters; reading covers what icon
/// tools produce for Teams (8-bit RGB or RGBA, not interlaced, any filter), so a hand-made replacement icon can
/// be checked by the same rules as the generated one.
/// </summary>
internal static class PngCodec
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    public static void Write(PngImage image, Stream output)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Signature);

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), image.Height);
        header[8] = 8; // bits per channel
        header[9] = 6; // colour type RGBA
        WriteChunk(output, "IHDR", header);

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var stride = image.Width * 4;
            for (var y = 0; y < image.Height; y++)
            {
                zlib.WriteByte(0); // filter: none
                zlib.Write(image.Rgba, y * stride, stride);
            }
        }

        WriteChunk(output, "IDAT", compressed.ToArray());
        WriteChunk(output, "IEND", []);
    }

    public static PngImage Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        var bytes = buffer.ToArray();
        if (bytes.Length < Signature.Length || !bytes.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PNG file (the signature is missing)");
        }

        int width = 0, height = 0, channels = 0;
        using var data = new MemoryStream();
        var position = Signature.Length;
        while (position + 12 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(position));
            var type = Encoding.ASCII.GetString(bytes, position + 4, 4);
            var body = bytes.AsSpan(position + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(body);
                    height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                    channels = (body[8], body[9], body[12]) switch
                    {
                        (8, 6, 0) => 4,
                        (8, 2, 0) => 3,
                        _ => throw new InvalidDataException(
                            $"unsupported PNG format (bit depth {body[8]}, colour type {body[9]}, interlace {body[12]}); use 8-bit RGBA"),
                    };
                    break;
                case "IDAT":
                    data.Write(body);
                    break;
                case "IEND":
                    return Decode(width, height, channels, data.ToArray());
            }

            position += 12 + length;
        }

        throw new InvalidDataException("the PNG file ends without an IEND chunk");
    }

    private static PngImage Decode(int width, int height, int channels, byte[] compressed)
    {
        if (channels == 0)
        {
            throw new InvalidDataException("the PNG file has no IHDR chunk");
        }

        var stride = width * channels;
        var raw = new byte[height * (stride + 1)];
        using (var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress))
        {
            zlib.ReadExactly(raw);
        }

        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var line = raw.AsSpan((y * (stride + 1)) + 1, stride);
            var current = pixels.AsSpan(y * stride, stride);
            var previous = y == 0 ? new byte[stride] : pixels.AsSpan((y - 1) * stride, stride);
            for (var i = 0; i < stride; i++)
            {
                var left = i >= channels ? current[i - channels] : 0;
                var up = previous[i];
                var upLeft = i >= channels ? previous[i - channels] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"unknown PNG filter type {filter} in row {y}"),
                };
                current[i] = (byte)(line[i] + predictor);
            }
        }

        if (channels == 4)
        {
            return new PngImage(width, height, pixels);
        }

        var rgba = new byte[width * height * 4];
        for (int source = 0, target = 0; source < pixels.Length; source += 3, target += 4)
        {
            rgba[target] = pixels[source];
            rgba[target + 1] = pixels[source + 1];
            rgba[target + 2] = pixels[source + 2];
            rgba[target + 3] = 255;
        }

        return new PngImage(width, height, rgba);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static void WriteChunk(Stream output, string type, byte[] body)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, body.Length);
        output.Write(number);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(body);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32.Compute(typeBytes, body));
        output.Write(number);
    }
}
