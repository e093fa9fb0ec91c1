namespace Collaboration.Reports.Packaging;

/// <summary>
/// A write-then-read buffer in fixed chunks. A <see cref="MemoryStream"/> that grows doubles its array and copies it,
/// so a buffer that ends at n bytes has allocated about 2n; the Word report's deflated body (1.4 MB at 100,000 open
/// answers) is written into one of these instead, which allocates n rounded up to a chunk and copies nothing.
/// </summary>
internal sealed class ChunkedBuffer : Stream
{
    private const int ChunkSize = 64 * 1024;

    private readonly List<byte[]> _chunks = [];
    private long _length;
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    /// <summary>Where the next read starts; writes always append.</summary>
    public override long Position
    {
        get => _position;
        set => _position = value is >= 0 ? Math.Min(value, _length) : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            var used = (int)(_length % ChunkSize);
            if (used == 0 && _length / ChunkSize == _chunks.Count)
            {
                _chunks.Add(new byte[ChunkSize]);
            }

            var take = Math.Min(ChunkSize - used, buffer.Length);
            buffer[..take].CopyTo(_chunks[^1].AsSpan(used));
            buffer = buffer[take..];
            _length += take;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = 0;
        while (read < buffer.Length && _position < _length)
        {
            var chunk = _chunks[(int)(_position / ChunkSize)];
            var at = (int)(_position % ChunkSize);
            var take = (int)Math.Min(Math.Min(ChunkSize - at, buffer.Length - read), _length - _position);
            chunk.AsSpan(at, take).CopyTo(buffer[read..]);
            read += take;
            _position += take;
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
