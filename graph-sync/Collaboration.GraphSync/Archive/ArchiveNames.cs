using System.Text;
using Collaboration.Forums.Series;

namespace Collaboration.GraphSync.Archive;

/// <summary>Folder names for the drive: "&lt;series title&gt;/&lt;NN forum title&gt;", safe for SharePoint and for Graph's path syntax.</summary>
internal static class ArchiveNames
{
    // SharePoint refuses these in file and folder names; ':' and '#' and '%' would also break the root:/path: address.
    private const string Forbidden = "\"*:<>?/\\|#%~&{}";

    public static string FolderOf(ForumSeries series, Forum forum) =>
        $"{Clean(series.Title.De)}/{forum.Number.ToString("00", CultureInfo.InvariantCulture)} {Clean(forum.Title.De)}";

    private static string Clean(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(Forbidden.Contains(c, StringComparison.Ordinal) || char.IsControl(c) ? '_' : c);
        }

        // Names may not end in a dot or start or end with spaces.
        var cleaned = builder.ToString().Trim().TrimEnd('.');
        return cleaned.Length == 0 ? "_" : cleaned;
    }
}
