using System.Text;
using System.Text.RegularExpressions;

namespace Collaboration.Telemetry.Hosting;

/// <summary>
/// Turns a request path into a template an operator can group by and that names nobody: the Bot Connector's paths carry
/// conversation and user ids (/v3/conversations/a:1Xy.../activities/1712...), Graph's carry drive and item ids, file
/// paths and sometimes a UPN. Only the APIs' own words are kept; every other segment becomes {id}, a Graph path
/// address (root:/folder/file:) becomes {path}, and the query (upload sessions' pre-authenticated tokens) is dropped.
/// </summary>
internal static partial class UrlTemplates
{
    // The words of the Bot Connector, Teams and Graph APIs and of our own endpoints; anything else could be an id.
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "v1.0", "beta", "v3", "api", "messages", "conversations", "activities", "members", "pagedmembers", "attachments",
        "teams", "channels", "meetings", "participants", "notification", "tenants", "users", "me", "drives", "drive",
        "items", "root", "children", "content", "createUploadSession", "createLink", "sites", "lists", "columns", "fields",
        "$batch", "health", "live", "ready", "tab", "addin", "console", "forums", "start", "close", "carry-over", "open",
        "push", "downloads", "transparency", "config", "series", "preview", "slides", "section", "check", "icons", "lib",
        "auth", "answer", "stream", "root:{path}:",
    };

    /// <summary>The path as a template: "/v3/conversations/{id}/activities/{id}".</summary>
    public static string Path(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "/";
        }

        var template = new StringBuilder(path.Length);
        foreach (var segment in GraphAddress().Replace(path, "root:{path}:").Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            template.Append('/').Append(Words.Contains(segment) ? segment : "{id}");
        }

        return template.Length == 0 ? "/" : template.ToString();
    }

    /// <summary>Scheme, host and port as they were, the path as a template, no query and no fragment.</summary>
    public static string Full(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.IsAbsoluteUri ? $"{uri.Scheme}://{uri.Authority}{Path(uri.AbsolutePath)}" : Path(uri.OriginalString.Split('?')[0]);
    }

    /// <summary>Graph addresses a file by its path between colons: "root:/Reihe/01 Forum/bericht.docx:".</summary>
    [GeneratedRegex(@"root:.*?:(?=/|$)", RegexOptions.CultureInvariant)]
    private static partial Regex GraphAddress();
}
