using System.Buffers.Text;
using System.Security.Cryptography;

namespace Collaboration.Forums.Participants;

/// <summary>
/// The key under which a participant's answer to an item is stored. For a named item it is the participant's id;
/// for an anonymous item it is a keyed hash of item and participant, so the answer row carries no identity,
/// yet the same person still has exactly one answer (changeable) and cannot vote twice.
/// </summary>
public sealed class RespondentKeys
{
    private const int GuidLength = 32;

    // The hash of "item|participant" (ids as 32 hex digits), as 43 unpadded base64url characters.
    private const int HashLength = 43;

    // One HMAC per thread, its key set up once: the one-shot HMACSHA256.HashData set the key up on every call (OpenSSL),
    // about two thirds of a key's time on the vote path. Only the secret is kept, as before: no key computed is. Keyed
    // by the instance's secret, since a process may hold several (tests do); a host has one, so it is set up once a thread.
    [ThreadStatic]
    private static (byte[] Secret, IncrementalHash Hmac)? t_hmac;

    private readonly byte[] _secret;

    /// <param name="secret">At least 32 bytes, kept outside the database; without it the hash cannot be linked to a person.</param>
    public RespondentKeys(byte[] secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (secret.Length < 32)
        {
            throw new ArgumentException("The anonymity secret must have at least 32 bytes.", nameof(secret));
        }

        _secret = (byte[])secret.Clone();
    }

    public string For(ForumItem item, Participant participant)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(participant);
        if (!item.Anonymous)
        {
            return "p:" + participant.Id.ToString("N");
        }

        Span<byte> message = stackalloc byte[(2 * GuidLength) + 1];
        item.Id.TryFormat(message, out _, "N");
        message[GuidLength] = (byte)'|';
        participant.Id.TryFormat(message[(GuidLength + 1)..], out _, "N");
        var hmac = Hmac();
        hmac.AppendData(message);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        hmac.GetHashAndReset(hash);
        Span<char> key = stackalloc char[2 + HashLength];
        "a:".CopyTo(key);
        Base64Url.EncodeToChars(hash, key[2..]);
        return new string(key);
    }

    private IncrementalHash Hmac()
    {
        if (t_hmac is { } kept && ReferenceEquals(kept.Secret, _secret))
        {
            return kept.Hmac;
        }

        t_hmac?.Hmac.Dispose();
        var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _secret);
        t_hmac = (_secret, hmac);
        return hmac;
    }

    /// <summary>The participant id stored beside an answer: none for anonymous items.</summary>
    public static Guid? ParticipantIdFor(ForumItem item, Participant participant) =>
        item.Anonymous ? null : participant.Id;

    /// <summary>
    /// The stakeholder group stored beside an answer: none for anonymous items. In a group of one, or of a few whom
    /// the database's reader can tell apart, the group would name the person; so anonymous items have totals only.
    /// </summary>
    public static string GroupKeyFor(ForumItem item, Participant participant) =>
        item.Anonymous ? NoGroup : participant.GroupKey;

    /// <summary>
    /// The time stored with an answer, need or support: for anonymous items only the UTC day, so the row cannot be
    /// lined up with the participant's join time or named answers given the same minute.
    /// </summary>
    public static DateTimeOffset StampFor(ForumItem item, DateTimeOffset now) =>
        item.Anonymous ? new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero) : now;

    /// <summary>The group key of an anonymous answer: it belongs to no stakeholder group.</summary>
    public const string NoGroup = "";
}
