using System.Security.Cryptography;
using System.Text;

namespace Collaboration.Forums.Participants;

/// <summary>
/// Whether the anonymity key a host holds is the one the database's anonymous answers were keyed with. The database
/// keeps an HMAC of a fixed label under the key: it tells keys apart, yet gives away nothing about the key. With
/// another key a person's re-vote would land under a new hash and count twice, so a mismatch must stop the host.
/// </summary>
public static class AnonymityKeyCheck
{
    public const string Name = "anonymity-key";

    private static readonly byte[] Label = Encoding.UTF8.GetBytes("collaboration/anonymity-key-check/v1");

    public static string ValueFor(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToBase64String(HMACSHA256.HashData(key, Label));
    }

    /// <summary>Records the key's check value on a database that has none, or compares it with the stored one.</summary>
    public static async Task<KeyCheckOutcome> VerifyAsync(IKeyCheckStore store, byte[] key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var mine = ValueFor(key);
        var stored = await store.GetOrAddAsync(Name, mine, cancellationToken);
        return stored.Added ? KeyCheckOutcome.Recorded
            : CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored.Value), Encoding.ASCII.GetBytes(mine)) ? KeyCheckOutcome.Matches
            : KeyCheckOutcome.Differs;
    }
}

public enum KeyCheckOutcome
{
    /// <summary>The database had no check value; this key's is stored now.</summary>
    Recorded,

    /// <summary>The key is the one the database was started with.</summary>
    Matches,

    /// <summary>The database was started with another key.</summary>
    Differs,
}
