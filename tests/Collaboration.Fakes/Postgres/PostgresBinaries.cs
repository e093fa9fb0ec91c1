namespace Collaboration.Fakes.Postgres;

/// <summary>Finds the server binaries of a Debian-style PostgreSQL install.</summary>
internal sealed record PostgresBinaries(string InitDb, string PgCtl)
{
    public const string InstallHint = "Install PostgreSQL with: sudo apt-get install -y postgresql (or run scripts/ensure-tools.sh)";

    public static PostgresBinaries Locate()
    {
        var directory = CandidateDirectories().FirstOrDefault(d =>
            File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
        if (directory is null)
        {
            throw new InvalidOperationException(
                "The tests need a PostgreSQL server: initdb and pg_ctl were not found on PATH nor in "
                + "/usr/lib/postgresql/*/bin. " + InstallHint
                + ". Alternatively point COLLAB_TEST_POSTGRES at an existing server (a connection string).");
        }

        return new PostgresBinaries(Path.Combine(directory, "initdb"), Path.Combine(directory, "pg_ctl"));
    }

    private static IEnumerable<string> CandidateDirectories()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var entry in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            yield return entry;
        }

        // Debian keeps the server binaries off PATH, one folder per major version; prefer the newest.
        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var versions = Directory.GetDirectories(debianRoot)
                .Select(d => (Directory: d, Major: int.TryParse(Path.GetFileName(d), out var major) ? major : 0))
                .OrderByDescending(v => v.Major);
            foreach (var version in versions)
            {
                yield return Path.Combine(version.Directory, "bin");
            }
        }
    }
}
