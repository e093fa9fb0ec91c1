using System.Xml.Linq;

namespace Collaboration.Operations.Tests.Layout;

/// <summary>
/// What a project file brings in: its own package references and those of every project it references, followed
/// through the project files themselves, so the answer does not depend on a restore having run.
/// </summary>
internal static class ProjectClosure
{
    /// <summary>For each package in the closure of <paramref name="project"/>, the project file that references it.</summary>
    public static IReadOnlyDictionary<string, string> Packages(string project)
    {
        var packages = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (file, document) in Walk(project))
        {
            foreach (var package in Items(document, "PackageReference"))
            {
                packages.TryAdd(package, file);
            }
        }

        return packages;
    }

    /// <summary>
    /// Every project file in the closure of <paramref name="project"/> and every file they import by a plain path (imports
    /// through MSBuild properties, such as the NuGet ones, are the SDK's business): what a build of it must have on disk.
    /// </summary>
    public static IReadOnlyList<string> Files(string project)
    {
        var files = new List<string>();
        foreach (var (file, document) in Walk(project))
        {
            files.Add(file);
            files.AddRange(document.Descendants("Import")
                .Select(import => (string?)import.Attribute("Project"))
                .OfType<string>()
                .Where(path => !path.Contains("$(", StringComparison.Ordinal))
                .Select(path => Resolve(file, path)));
        }

        return files;
    }

    private static IEnumerable<(string File, XDocument Document)> Walk(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(project)]);
        while (pending.TryPop(out var file))
        {
            if (!seen.Add(file))
            {
                continue;
            }

            var document = XDocument.Load(file);
            yield return (file, document);
            foreach (var reference in Items(document, "ProjectReference"))
            {
                pending.Push(Resolve(file, reference));
            }
        }
    }

    private static string Resolve(string fromFile, string path) =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(fromFile)!, path.Replace('\\', Path.DirectorySeparatorChar)));

    private static IEnumerable<string> Items(XDocument document, string kind) =>
        document.Descendants(kind)
            .Select(item => (string?)item.Attribute("Include"))
            .OfType<string>();
}
