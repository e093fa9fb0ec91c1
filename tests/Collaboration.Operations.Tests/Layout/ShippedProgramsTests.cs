namespace Collaboration.Operations.Tests.Layout;

/// <summary>
/// Programs we ship (every project outside tests/: the bot, graph-sync, the web app, the simulator, the benchmarks)
/// must not carry a test framework, also not through a project they reference: the shared test support is split
/// for this into Collaboration.Fakes, Collaboration.Seeding and Collaboration.Browser (no framework) and
/// Collaboration.Fixtures (xunit).
/// </summary>
public sealed class ShippedProgramsTests
{
    private static readonly string Root = RepositoryRoot.Find();

    public static TheoryData<string> ShippedProjects() => [.. ShippedProjectPaths()];

    private static IEnumerable<string> ShippedProjectPaths() =>
        Directory.EnumerateFiles(Root, "*.csproj", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith("tests/", StringComparison.Ordinal))
            .Where(path => !path.Contains("/bin/", StringComparison.Ordinal) && !path.Contains("/obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(ShippedProjects))]
    public void Shipped_program_references_no_test_framework(string project)
    {
        var frameworks = ProjectClosure.Packages(Path.Combine(Root, project))
            .Where(package => IsTestFramework(package.Key))
            .Select(package => $"{package.Key} (from {Path.GetRelativePath(Root, package.Value)})")
            .ToList();

        Assert.Empty(frameworks);
    }

    [Fact]
    public void The_shipped_programs_include_the_simulator_and_the_three_benchmarks()
    {
        var shipped = ShippedProjectPaths().ToList();

        Assert.Contains("simulator/Collaboration.Simulator/Collaboration.Simulator.csproj", shipped);
        Assert.Contains("bot/Collaboration.Bot.Benchmarks/Collaboration.Bot.Benchmarks.csproj", shipped);
        Assert.Contains("reports/Collaboration.Reports.Benchmarks/Collaboration.Reports.Benchmarks.csproj", shipped);
        Assert.Contains("graph-sync/Collaboration.GraphSync.Benchmarks/Collaboration.GraphSync.Benchmarks.csproj", shipped);
    }

    [Fact]
    public void Closure_finds_xunit_behind_a_project_reference()
    {
        // The check above must be able to fail: a test project reaches xunit through Collaboration.Fixtures alone.
        var packages = ProjectClosure.Packages(Path.Combine(Root, "tests/Collaboration.Fixtures/Collaboration.Fixtures.csproj"));

        Assert.True(packages.ContainsKey("xunit"));
        Assert.False(ProjectClosure.Packages(Path.Combine(Root, "tests/Collaboration.Fakes/Collaboration.Fakes.csproj")).ContainsKey("xunit"));
        Assert.False(ProjectClosure.Packages(Path.Combine(Root, "tests/Collaboration.Seeding/Collaboration.Seeding.csproj")).ContainsKey("xunit"));
        Assert.False(ProjectClosure.Packages(Path.Combine(Root, "tests/Collaboration.Browser/Collaboration.Browser.csproj")).ContainsKey("xunit"));
    }

    private static bool IsTestFramework(string package) =>
        package.StartsWith("xunit", StringComparison.OrdinalIgnoreCase)
        || package.StartsWith("Microsoft.NET.Test.Sdk", StringComparison.OrdinalIgnoreCase)
        || package.StartsWith("NUnit", StringComparison.OrdinalIgnoreCase)
        || package.StartsWith("MSTest", StringComparison.OrdinalIgnoreCase);
}
