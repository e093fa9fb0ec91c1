namespace Collaboration.Fakes.Postgres;

/// <summary>
/// The OS account the server runs under. PostgreSQL refuses to run as root, so a root test run (CI
/// containers, fresh machines) hands the server to the <c>postgres</c> account that Debian's package
/// creates, via <c>runuser</c>; any other user runs the server itself.
/// </summary>
internal sealed class ServerAccount
{
    private const string PostgresUser = "postgres";
    private const string RunUser = "/usr/sbin/runuser";

    private readonly bool _switchUser;

    private ServerAccount(bool switchUser) => _switchUser = switchUser;

    public static ServerAccount ForCurrentProcess()
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return new ServerAccount(switchUser: false);
        }

        if (!File.Exists(RunUser))
        {
            throw new InvalidOperationException(
                $"The tests run as root, and PostgreSQL refuses to run as root; {RunUser} (util-linux) is needed to "
                + $"start it as the '{PostgresUser}' user but is missing.");
        }

        if (!File.ReadLines("/etc/passwd").Any(line => line.StartsWith(PostgresUser + ":", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException(
                $"The tests run as root, and PostgreSQL refuses to run as root; the '{PostgresUser}' OS user that "
                + $"Debian's package creates is missing. {PostgresBinaries.InstallHint}");
        }

        return new ServerAccount(switchUser: true);
    }

    /// <summary>Gives a directory (and what is in it) to the server's account.</summary>
    public async Task TakeOwnershipAsync(string directory, CancellationToken cancellationToken)
    {
        if (!_switchUser)
        {
            return;
        }

        var result = await ExternalProcess.RunAsync(
            "chown", ["-R", $"{PostgresUser}:", directory], cancellationToken);
        EnsureSucceeded(result, $"chown -R {PostgresUser}: {directory}");
    }

    public Task<ProcessResult> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        _switchUser
            ? ExternalProcess.RunAsync(RunUser, ["-u", PostgresUser, "--", program, .. arguments], cancellationToken)
            : ExternalProcess.RunAsync(program, arguments, cancellationToken);

    public static void EnsureSucceeded(ProcessResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"'{what}' failed with exit code {result.ExitCode}:\n{result.Output}");
        }
    }
}
