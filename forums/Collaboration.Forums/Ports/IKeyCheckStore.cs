namespace Collaboration.Forums.Ports;

/// <summary>
/// Check values of secrets that live outside the database (never the secrets themselves), so a host can tell at start
/// whether it holds the secret the stored data was written with.
/// </summary>
public interface IKeyCheckStore
{
    /// <summary>
    /// Stores <paramref name="value"/> under <paramref name="name"/> unless a value is stored already, and returns the
    /// stored value and whether it was this call that stored it. Concurrent first calls store exactly one value.
    /// </summary>
    Task<StoredKeyCheck> GetOrAddAsync(string name, string value, CancellationToken cancellationToken);
}

/// <summary>The check value the database holds; <paramref name="Added"/> when this call recorded it.</summary>
public sealed record StoredKeyCheck(string Value, bool Added);
