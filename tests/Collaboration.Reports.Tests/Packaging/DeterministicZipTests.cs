using System.IO.Compression;
using Collaboration.Reports.Packaging;

namespace Collaboration.Reports.Tests.Packaging;

/// <summary>
/// The time of writing reaches a deck or report only through the ZIP entries' timestamps, which System.IO.Packaging
/// takes from the wall clock; here the packages are stamped seconds apart directly, instead of a test waiting for the
/// clock to move on.
/// </summary>
public sealed class DeterministicZipTests
{
    [Fact]
    public void Packages_written_seconds_apart_normalise_to_the_same_bytes()
    {
        var early = Package(new DateTime(2026, 12, 6, 3, 0, 0, DateTimeKind.Local));
        var later = Package(new DateTime(2026, 12, 6, 3, 0, 4, DateTimeKind.Local));

        Assert.NotEqual(early, later);
        Assert.Equal(DeterministicZip.Normalise(early), DeterministicZip.Normalise(later));
    }

    private static byte[] Package(DateTime writtenAt)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in new[] { ("[Content_Types].xml", "<Types/>"), ("ppt/presentation.xml", "<p:presentation/>") })
            {
                var entry = zip.CreateEntry(name);
                entry.LastWriteTime = writtenAt;
                using var writer = new StreamWriter(entry.Open());
                writer.Write(content);
            }
        }

        return output.ToArray();
    }
}
