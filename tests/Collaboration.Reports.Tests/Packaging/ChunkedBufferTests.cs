using Collaboration.Reports.Packaging;

namespace Collaboration.Reports.Tests.Packaging;

public sealed class ChunkedBufferTests
{
    [Fact]
    public void Reads_back_every_byte_written_in_order_across_chunk_boundaries_whatever_the_pieces()
    {
        var random = new Random(17);
        var written = new byte[300_000];
        random.NextBytes(written);
        using var buffer = new ChunkedBuffer();
        // Pieces that end exactly on, just before and just after a 64 KiB boundary, and an empty one.
        var at = 0;
        foreach (var size in new[] { 1, 65_535, 0, 65_536, 2, 65_537, 103_389 })
        {
            buffer.Write(written, at, size);
            at += size;
        }

        Assert.Equal(written.Length, at);
        Assert.Equal(written.Length, buffer.Length);
        buffer.Position = 0;
        var read = new List<byte>();
        var piece = new byte[7_000];
        int count;
        while ((count = buffer.Read(piece, 0, piece.Length)) > 0)
        {
            read.AddRange(piece.AsSpan(0, count).ToArray());
        }

        Assert.Equal(written, read.ToArray());
    }
}
