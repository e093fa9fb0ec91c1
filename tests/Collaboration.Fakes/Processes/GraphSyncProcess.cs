using Collaboration.Fakes.Graph;

namespace Collaboration.Fakes.Processes;

/// <summary>
/// The BUILT graph-sync host (graph-sync/Collaboration.GraphSync.Host, assembly graph-sync) as a child process on a
/// loopback port, configured by environment variables as an operator would; its output goes to a log file.
/// </summary>
public sealed class GraphSyncProcess : IAsyncDisposable
{
    private readonly ServerProcess _process;

    private GraphSyncProcess(ServerProcess process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public string Tail(int lines = 40) => _process.Tail(lines);

    /// <summary>
    /// The settings of a graph-sync that archives the given store's forums into <paramref name="graph"/> at
    /// <see cref="ArchiveTarget"/>, authenticated by <paramref name="identity"/> as its managed identity.
    /// </summary>
    public static Dictionary<string, string> Settings(FakeGraphService graph, FakeManagedIdentityEndpoint identity, string storeConnectionString)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(identity);
        return new Dictionary<string, string>(identity.Environment)
        {
            ["ForumStore:Provider"] = "Sqlite",
            ["ForumStore:ConnectionString"] = storeConnectionString,
            ["GraphSync:BaseUrl"] = graph.BaseUrl,
            ["GraphSync:DriveId"] = ArchiveTarget.DriveId,
            ["GraphSync:SiteId"] = ArchiveTarget.SiteId,
            ["GraphSync:ListId"] = ArchiveTarget.ListId,
            ["GraphSync:Credential"] = "ManagedIdentity",
            ["Outbox:PollInterval"] = "00:00:00.200",
        };
    }

    /// <param name="settings">Configuration keys ("GraphSync:DriveId") and plain environment variables (IDENTITY_ENDPOINT).</param>
    public static async Task<GraphSyncProcess> StartAsync(IReadOnlyDictionary<string, string> settings, string logPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var dll = BuiltOutput.Locate("graph-sync/Collaboration.GraphSync.Host", "graph-sync");
        var baseUrl = new Uri($"http://127.0.0.1:{LoopbackPort.PickFree().ToString(CultureInfo.InvariantCulture)}/");
        var startInfo = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)! };
        startInfo.ArgumentList.Add(dll);
        // "Urls" rather than ASPNETCORE_URLS: the host's appsettings.json names a default port, which beats the prefixed variable.
        startInfo.Environment["Urls"] = baseUrl.ToString().TrimEnd('/');
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings)
        {
            startInfo.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = ServerProcess.Start("graph-sync", startInfo, logPath);
        try
        {
            await process.WaitUntilAnswersAsync(new Uri(baseUrl, "health/ready"), TimeSpan.FromSeconds(90), cancellationToken);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }

        return new GraphSyncProcess(process, baseUrl);
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
