using Collaboration.Forums.Ports;
using Collaboration.Forums.Text;
using Collaboration.Reports.Building;

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
        var (deck, word) = Reports.ExecutiveDocuments.Render(report, Language.De);
        return (Write(new FileInfo(Path.Combine(folder.FullName, baseName + ".pptx")), deck), Write(new FileInfo(Path.Combine(folder.FullName, baseName + ".docx")), word));
    }

    /// <summary>Written beside the target and moved over it, so an interrupted run never leaves half a file.</summary>
    private static FileInfo Write(FileInfo target, byte[] content)
    {
        var partial = new FileInfo(target.FullName + ".partial");
        File.WriteAllBytes(partial.FullName, content);
        partial.MoveTo(target.FullName, overwrite: true);
        target.Refresh();
        return target;
    }
}
