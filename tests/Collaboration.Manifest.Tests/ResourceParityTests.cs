using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Collaboration.Manifest.Tests;

/// <summary>
/// Every German resource file (the neutral <c>X.resx</c>) has an English twin (<c>X.en.resx</c>) with the same keys and
/// the same placeholders, so no text silently falls back to German for an English user and no
/// <c>string.Format</c> meets a placeholder its caller does not fill. Found by walking the repository, so a new
/// project's resources are checked without anyone remembering to add them here.
/// </summary>
public sealed partial class ResourceParityTests
{
    public static TheoryData<string> GermanResourceFiles => [.. FindGermanResourceFiles()];

    [Fact]
    public void The_repository_has_the_three_known_resource_pairs_at_least()
    {
        Assert.True(FindGermanResourceFiles().Count >= 3, "the walk found fewer resource files than bot, reports and web have");
    }

    [Theory]
    [MemberData(nameof(GermanResourceFiles))]
    public void German_and_English_resources_have_the_same_keys(string germanFile)
    {
        var german = Read(Path.Combine(Sources.RepositoryRoot, germanFile));
        var english = Read(EnglishTwin(germanFile));

        Assert.Empty(german.Keys.Except(english.Keys).Order());
        Assert.Empty(english.Keys.Except(german.Keys).Order());
    }

    [Theory]
    [MemberData(nameof(GermanResourceFiles))]
    public void Every_text_is_filled_and_has_the_same_placeholders_in_both_languages(string germanFile)
    {
        var german = Read(Path.Combine(Sources.RepositoryRoot, germanFile));
        var english = Read(EnglishTwin(germanFile));

        var empty = german.Concat(english).Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key).ToList();
        Assert.Empty(empty);

        var mismatched = german.Keys.Intersect(english.Keys)
            .Where(key => !Placeholders(german[key]).SetEquals(Placeholders(english[key])))
            .Order()
            .ToList();
        Assert.Empty(mismatched);
    }

    private static List<string> FindGermanResourceFiles() =>
        [.. Directory.EnumerateFiles(Sources.RepositoryRoot, "*.resx", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path) && !Path.GetFileNameWithoutExtension(path).Contains('.', StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(Sources.RepositoryRoot, path))
            .Order()];

    private static bool IsBuildOutput(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules");

    private static string EnglishTwin(string germanFile)
    {
        var path = Path.Combine(Sources.RepositoryRoot, Path.ChangeExtension(germanFile, ".en.resx"));
        Assert.True(File.Exists(path), $"{germanFile} has no English twin");
        return path;
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty);

    private static HashSet<string> Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => m.Groups["index"].Value)];

    // "{0}", "{1:N0}", "{2,5}" but not the escaped "{{".
    [GeneratedRegex(@"(?<!\{)\{(?<index>\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
