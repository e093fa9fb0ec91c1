namespace Collaboration.Fakes.Graph;

/// <summary>The SharePoint drive, site and list the tests archive into (the fake Graph serves any ids).</summary>
public static class ArchiveTarget
{
    public const string DriveId = "b!drive-archive";
    public const string SiteId = "contoso.sharepoint.com,site-guid,web-guid";
    public const string ListId = "needs-list";
}
