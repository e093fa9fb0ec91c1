using Collaboration.Fakes.Cards;

namespace Collaboration.Fakes.Processes;

/// <summary>Where the solution's build put a host's dll, in the configuration (Debug/Release) the tests were built in.</summary>
public static class BuiltOutput
{
    /// <param name="projectFolder">The project's folder relative to the repository root, e.g. "bot/Collaboration.Bot".</param>
    /// <param name="assemblyName">The dll's name without extension.</param>
    public static string Locate(string projectFolder, string assemblyName)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(RepositoryRoot.Find(), projectFolder, "bin", configuration, "net10.0", assemblyName + ".dll");
        return File.Exists(dll)
            ? dll
            : throw new InvalidOperationException($"{assemblyName} is not built: {dll} is missing. Run: dotnet build Collaboration.sln");
    }
}
