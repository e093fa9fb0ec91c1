namespace Collaboration.Reports.Tests.Support;

/// <summary>Where tests leave generated files for a person to look at (rendered slides, PDFs); under the build output.</summary>
internal static class ArtifactDump
{
    public static string Folder(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts", name);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
