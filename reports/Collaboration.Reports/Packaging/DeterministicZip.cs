using System.IO.Compression;
using System.Xml.Linq;

namespace Collaboration.Reports.Packaging;

/// <summary>
/// System.IO.Packaging stamps every ZIP entry with the current time, so two runs on the same input differ in bytes.
/// Rewriting the archive with one fixed timestamp (entries in their original order) makes equal input give
/// byte-identical files, which lets a moderator or a test compare two generated decks by hash.
/// </summary>
internal static class DeterministicZip
{
    /// <summary>A fixed, valid DOS timestamp (ZIP cannot hold dates before 1980).</summary>
    private static readonly DateTimeOffset Stamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalise(byte[] package) => Normalise(package, null, null);

    /// <summary>
    /// As <see cref="Normalise(byte[])"/>, with the content of the entry <paramref name="replacedEntry"/> (which must
    /// exist, in its place) taken from <paramref name="replacement"/>: a part written beside the package, so that
    /// System.IO.Packaging never holds it uncompressed in memory.
    /// </summary>
    public static byte[] Normalise(byte[] package, string? replacedEntry, Stream? replacement)
    {
        using var output = Normalised(package, replacedEntry, replacement, package.Length);
        return output.ToArray();
    }

    /// <summary>
    /// As <see cref="Normalise(byte[], string?, Stream?)"/>, into a buffer of <paramref name="expectedLength"/> bytes to
    /// start with (positioned at its start) for the caller to copy out: a report of 100,000 answers is 1.6 MB, and
    /// growing a buffer to it and copying it into an array allocated three times that.
    /// </summary>
    public static MemoryStream Normalised(byte[] package, string? replacedEntry, Stream? replacement, int expectedLength)
    {
        ArgumentNullException.ThrowIfNull(package);
        var replaced = false;
        var output = new MemoryStream(Math.Max(expectedLength, 0));
        using (var source = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = Stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == replacedEntry && replacement is not null)
                {
                    CopyInFullBlocks(replacement, to);
                    replaced = true;
                }
                else if (entry.FullName == PackageRelationships)
                {
                    RenumberRelationships(from, to);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        if (replacedEntry is not null && !replaced)
        {
            output.Dispose();
            throw new InvalidOperationException($"The package has no entry '{replacedEntry}' to replace.");
        }

        output.Position = 0;
        return output;
    }

    public static DateTimeOffset EntryTimestamp => Stamp;

    private const int CopyBlock = 131072;

    /// <summary>
    /// Copies in writes of exactly <see cref="CopyBlock"/> bytes but the last. The deflater (zlib-ng) may compress the
    /// same bytes differently when they come in other pieces, and a stream's own CopyTo writes whatever pieces its
    /// source hands it; fixed pieces keep the entry's bytes the same whatever buffer the replacement was read from.
    /// 128 KiB is what <c>DeflateStream.CopyTo</c> wrote when the body was read from one array (its pooled buffer),
    /// so reports stay byte-identical with the ones written before.
    /// </summary>
    private static void CopyInFullBlocks(Stream from, Stream to)
    {
        var block = System.Buffers.ArrayPool<byte>.Shared.Rent(CopyBlock);
        try
        {
            int filled;
            do
            {
                filled = 0;
                int read;
                while (filled < CopyBlock && (read = from.Read(block, filled, CopyBlock - filled)) > 0)
                {
                    filled += read;
                }

                to.Write(block, 0, filled);
            }
            while (filled == CopyBlock);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(block);
        }
    }

    private const string PackageRelationships = "_rels/.rels";

    /// <summary>
    /// The SDK names the package's own relationships with random ids ("R" + 16 hex digits); no part refers to them,
    /// so numbering them in order changes nothing but the randomness.
    /// </summary>
    private static void RenumberRelationships(Stream from, Stream to)
    {
        var document = XDocument.Load(from);
        var number = 1;
        foreach (var relationship in document.Root!.Elements())
        {
            relationship.SetAttributeValue("Id", "rId" + number++);
        }

        document.Save(to, SaveOptions.DisableFormatting);
    }
}
