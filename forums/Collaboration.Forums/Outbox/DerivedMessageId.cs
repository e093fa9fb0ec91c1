using System.Security.Cryptography;
using System.Text;

namespace Collaboration.Forums.Outbox;

/// <summary>
/// The id of a follow-up message, computed from the message that asks for it and a key. A job that re-runs after a
/// crash computes the same ids, and the idempotent enqueue turns the second request into nothing.
/// </summary>
public static class DerivedMessageId
{
    public static Guid From(Guid parent, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var input = new byte[16 + Encoding.UTF8.GetByteCount(key)];
        parent.TryWriteBytes(input);
        Encoding.UTF8.GetBytes(key, input.AsSpan(16));
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        // RFC 9562 version 8 (custom) with the RFC variant, so the value is a well-formed UUID.
        hash[7] = (byte)((hash[7] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16]);
    }
}
