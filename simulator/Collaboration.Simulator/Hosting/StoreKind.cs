namespace Collaboration.Simulator.Hosting;

internal enum StoreKind
{
    Sqlite,
    Postgres,
}
