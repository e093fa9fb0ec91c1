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
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(project)]);
        while (pending.TryPop(out var file))
        {
            if (!seen.Add(file))
            {
                continue;
            }

            var document = XDocument.Load(file);
            foreach (var package in Items(document, "PackageReference"))
            {
                packages.TryAdd(package, file);
            }

            foreach (var reference in Items(document, "ProjectReference"))
            {
                var path = reference.Replace('\\', Path.DirectorySeparatorChar);
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, path)));
            }
        }

        return packages;
    }

    private static IEnumerable<string> Items(XDocument document, string kind) =>
        document.Descendants(kind)
            .Select(item => (string?)item.Attribute("Include"))
            .OfType<string>();
}
