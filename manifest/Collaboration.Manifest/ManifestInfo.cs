namespace Collaboration.Manifest;

/// <summary>Facts about the manifest this project builds.</summary>
internal static class ManifestInfo
{
    /// <summary>
    /// The app manifest schema version. 1.29 is the newest version that Microsoft's manifest reference lists among
    /// the generally available versions; @microsoft/app-manifest 1.1.2 also ships a v1.30 schema, but no Microsoft
    /// page names 1.30 as GA yet, and Teams refuses a manifestVersion it does not know. See manifest/README.md.
    /// </summary>
    public const string ManifestVersion = "1.29";
}
