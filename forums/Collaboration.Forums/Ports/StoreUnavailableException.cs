namespace Collaboration.Forums.Ports;

/// <summary>
/// The database behind a store cannot be reached for now (server down or restarting, connections refused or timed
/// out, the file locked for too long). Nothing of the failed call was written; the same call may succeed in a
/// moment. Stores throw this instead of their driver's exceptions, so callers can tell "try again" from a bug
/// without knowing the database.
/// </summary>
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException()
        : base("The forum store's database cannot be reached right now.")
    {
    }

    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
