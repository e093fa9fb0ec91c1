using System.Reflection;
using System.Security.Cryptography;

namespace Collaboration.Web.Pages;

/// <summary>
/// The pages' files, read once from the resources embedded under "tab/…" (see the project file), and the HTML pages
/// filled into their shell once (PageShells). Only these names can be served, so no request path reaches the file system.
/// </summary>
internal sealed class PageFiles
{
    private const string Prefix = "tab/";

    // Files are not fingerprinted and a fix must reach a running meeting at once: revalidate every time (cheap with
    // the ETag). Only teams-js and Office.js, which change with package.json alone, may be kept for a day.
    private const string Revalidate = "no-cache";
    private const string OneDay = "public, max-age=86400";

    private readonly Dictionary<string, PageFile> _files;

    private PageFiles(Dictionary<string, PageFile> files) => _files = files;

    public static PageFiles FromAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var files = new Dictionary<string, PageFile>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            Add(files, name[Prefix.Length..], buffer.ToArray());
        }

        foreach (var (path, html) in PageShells.Render(assembly))
        {
            Add(files, path, html);
        }

        return new PageFiles(files);
    }

    private static void Add(Dictionary<string, PageFile> files, string path, byte[] bytes)
    {
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 12)) + "\"";
        var cache = path.StartsWith("lib/", StringComparison.Ordinal) || path.StartsWith("addin/lib/", StringComparison.Ordinal) ? OneDay : Revalidate;
        files.Add(path, new PageFile(bytes, ContentTypes.For(path), etag, cache));
    }

    /// <summary>The file for a path under /tab/: "console" is the page console.html, "js/app.js" a file as it is.</summary>
    public PageFile? Find(string path)
    {
        if (_files.TryGetValue(path, out var file))
        {
            return file;
        }

        return Path.HasExtension(path) ? null : _files.GetValueOrDefault(path + ".html");
    }

    public IReadOnlyCollection<string> Paths => _files.Keys;
}
