using Npgsql;

namespace Collaboration.Fakes.Postgres;

/// <summary>
/// pg_dump and pg_restore from the installed server binaries, as the backup runbook (docs/backup-restore.md) uses them:
/// a custom-format dump of one database, restored into another (empty) one.
/// </summary>
public static class PostgresBackup
{
    /// <summary>Dumps the database of <paramref name="connectionString"/> to <paramref name="file"/> (pg_dump --format=custom).</summary>
    public static Task DumpAsync(string connectionString, string file, CancellationToken cancellationToken = default) =>
        RunAsync("pg_dump", connectionString, ["--format=custom", "--no-owner", "--file", file], cancellationToken);

    /// <summary>Restores <paramref name="file"/> into the (new, empty) database of <paramref name="connectionString"/>.</summary>
    public static Task RestoreAsync(string connectionString, string file, CancellationToken cancellationToken = default) =>
        RunAsync("pg_restore", connectionString, ["--no-owner", "--exit-on-error", file], cancellationToken);

    private static async Task RunAsync(string tool, string connectionString, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        // Beside initdb (followed through a symbolic link on PATH): the dump tool of the same installation as the test server.
        var initDb = PostgresBinaries.Locate().InitDb;
        var path = Path.Combine(Path.GetDirectoryName(new FileInfo(initDb).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? initDb)!, tool);
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["--host", connection.Host ?? "127.0.0.1", "--port", connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--username", connection.Username ?? "postgres", "--dbname", connection.Database ?? "postgres", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        // The password goes through the environment, never the command line that others can list.
        start.Environment["PGPASSWORD"] = connection.Password ?? string.Empty;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {path}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {await stdout}{await stderr}");
        }
    }
}
