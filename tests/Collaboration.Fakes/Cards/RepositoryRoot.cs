namespace Collaboration.Fakes.Cards;

public static class RepositoryRoot
{
    /// <summary>The folder holding Collaboration.sln, found by walking up from the test binaries.</summary>
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Collaboration.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"Collaboration.sln was not found in {AppContext.BaseDirectory} or any folder above it; run the tests from the repository.");
    }
}
