using System.Xml.Linq;

namespace Collaboration.Operations.Tests.Layout;

/// <summary>
/// The cards' wire vocabulary is shared by the bot and its clients (the simulator, the benchmarks). It may do so only
/// while it brings nothing with it: a package or project it referenced, or an imported build file such as
/// build/BotFramework.props, would carry Bot Framework types (or the whole bot) into every client.
/// </summary>
public sealed class WireVocabularyTests
{
    private static readonly string Project = Path.Combine(RepositoryRoot.Find(), "bot", "Collaboration.Bot.Wire", "Collaboration.Bot.Wire.csproj");

    [Fact]
    public void The_wire_vocabulary_references_no_package_no_project_and_imports_no_build_file()
    {
        var document = XDocument.Load(Project);

        Assert.Empty(ProjectClosure.Packages(Project));
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName is "ProjectReference" or "Reference" or "PackageDownload" or "Import");
    }
}
