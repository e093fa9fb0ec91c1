using Collaboration.Forums.Store;
using Collaboration.Forums.Text;
using Collaboration.Reports.Building;
using Collaboration.Reports.Deck;
using Collaboration.Reports.Word;

namespace Collaboration.Simulator.Output;

/// <summary>The executive deck and Word report of the played series, written from the store as the reports CLI writes them.</summary>
internal static class ExecutiveDocuments
{
    public static async Task<(FileInfo Deck, FileInfo Report)> WriteAsync(IForumStore store, Guid seriesId, DirectoryInfo folder, string baseName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var report = await new SeriesReportBuilder(store, TimeProvider.System).BuildAsync(seriesId, cancellationToken)
            ?? throw new InvalidOperationException($"The store has no series {seriesId}.");
        folder.Create();
        var deck = Write(new FileInfo(Path.Combine(folder.FullName, baseName + ".pptx")), s => DeckWriter.Write(report, s, new DeckOptions { Language = Language.De }));
        var word = Write(new FileInfo(Path.Combine(folder.FullName, baseName + ".docx")), s => ReportWriter.Write(report, s, new ReportOptions { Language = Language.De }));
        return (deck, word);
    }

    /// <summary>Written beside the target and moved over it, so an interrupted run never leaves half a file.</summary>
    private static FileInfo Write(FileInfo target, Action<Stream> write)
    {
        var partial = new FileInfo(target.FullName + ".partial");
        using (var stream = partial.Create())
        {
            write(stream);
        }

        partial.MoveTo(target.FullName, overwrite: true);
        target.Refresh();
        return target;
    }
}
