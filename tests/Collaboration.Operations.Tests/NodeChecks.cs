namespace Collaboration.Operations.Tests;

/// <summary>
/// tools/infra-checks: the npm tools of the offline checks (dockerfile-utils, the Microsoft 365 Agents Toolkit CLI),
/// installed by scripts/ensure-tools.sh from the folder's package-lock.json.
/// </summary>
internal static class NodeChecks
{
    public static readonly string Root = RepositoryRoot.Find();

    public static readonly string Folder = Path.Combine(Root, "tools", "infra-checks");

    /// <summary>check.js KIND FILE...: exit 0 when every file is clean, the JSON report on stdout either way.</summary>
    public static Task<ProcessResult> CheckAsync(string kind, params string[] files) =>
        ExternalProcess.RunAsync("node", [Path.Combine(Folder, "check.js"), kind, .. files], CancellationToken.None);

    /// <summary>The toolkit's own CLI (atk), never interactive, never sending telemetry.</summary>
    public static Task<ProcessResult> AtkAsync(params string[] arguments)
    {
        var cli = Path.Combine(Folder, "node_modules", "@microsoft", "m365agentstoolkit-cli", "cli.js");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"{cli} is missing. Run: (cd tools/infra-checks && npm ci)");
        }

        return ExternalProcess.RunAsync("node", [cli, .. arguments, "--interactive", "false", "--telemetry", "false"], CancellationToken.None);
    }
}
