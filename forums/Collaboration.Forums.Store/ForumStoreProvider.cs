namespace Collaboration.Forums.Store;

public enum ForumStoreProvider
{
    /// <summary>A local file: one process, no server to run (the embedded default).</summary>
    Sqlite,

    /// <summary>A shared server: several bot and worker instances on one database.</summary>
    Postgres,
}
