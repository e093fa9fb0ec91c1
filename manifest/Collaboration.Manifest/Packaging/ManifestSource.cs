namespace Collaboration.Manifest.Packaging;

/// <summary>
/// The manifest/ folder: the template and its files under app/, the node validator and its node_modules.
/// </summary>
internal sealed record ManifestSource(string Directory)
{
    public const string TemplateFileName = "manifest.json";

    public string AppDirectory => Path.Combine(Directory, "app");

    public string TemplatePath => Path.Combine(AppDirectory, TemplateFileName);

    public string ValidatorScript => Path.Combine(Directory, "validate.js");

    /// <summary>Finds manifest/ above <paramref name="start"/> (the tool's bin folder or the working directory).</summary>
    public static ManifestSource Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            foreach (var candidate in new[] { directory.FullName, Path.Combine(directory.FullName, "manifest") })
            {
                var source = new ManifestSource(candidate);
                if (File.Exists(source.TemplatePath) && File.Exists(source.ValidatorScript))
                {
                    return source;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"No manifest folder (with app/manifest.json and validate.js) was found above {start}; pass --source <path to manifest/>.");
    }
}
