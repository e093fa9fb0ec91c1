using System.Security.Cryptography;

namespace Collaboration.Forums.Privacy;

/// <summary>
/// What the retention job does with a series whose retention period ended, so the reports can still be made:
/// <list type="bullet">
/// <item>Profiles keep only their stakeholder group (the participation table counts by group): user id, name,
/// organisation and town go, the join time becomes the series' creation time.</item>
/// <item>Answers, needs and supports keep their content and group but lose participant id and respondent key: each old
/// key is replaced by a new random one, the same for all rows that shared it within the run, so "how many respondents"
/// stays countable while nothing links back to a person or to the keyed hash.</item>
/// <item>Deliveries (fan-out rows with names and personal chats) are deleted; fan-outs lose their requester and the
/// user part of their reference; the series' conversation bindings are deleted (nothing more will be posted);
/// creator and moderators are cleared.</item>
/// </list>
/// Independently of a series' end, the rosters of fan-outs are dropped once the item is closed and the fan-out and all
/// its reminders are done, and finished outbox messages are deleted after <c>Retention:OutboxDays</c>
/// (erasure jobs at once).
/// </summary>
/// <remarks>
/// The new respondent key is a pseudonym and deliberately not an id from <see cref="Application.IIdSource"/>: ids there
/// are time-ordered (UUID v7) or counted, so the keys of one run would come out in the order the old keys were
/// replaced, and whoever still holds the anonymity key could line that order up with the keyed hashes of known people.
/// Only bits from a cryptographic random source link to nothing; the source is injected so a test can fix them.
/// </remarks>
public sealed class RetentionRules(RandomNumberGenerator random)
{
    /// <summary>The production rules: the operating system's cryptographic random source (thread-safe).</summary>
    public static RetentionRules Secure { get; } = new(RandomNumberGenerator.Create());

    /// <summary>"r:" and 128 random bits in hex: the same shape as the keys it replaces, and as unguessable.</summary>
    public string NewRespondentKey()
    {
        Span<byte> bits = stackalloc byte[16];
        random.GetBytes(bits);
        return "r:" + Convert.ToHexStringLower(bits);
    }

    /// <summary>
    /// The id of the row that replaces an expired participant (and is embedded in its user id): a version-4 GUID of
    /// random bits from the same source, for the same reason as the respondent key.
    /// </summary>
    public Guid NewParticipantId()
    {
        Span<byte> bits = stackalloc byte[16];
        random.GetBytes(bits);
        bits[6] = (byte)((bits[6] & 0x0F) | 0x40);
        bits[8] = (byte)((bits[8] & 0x3F) | 0x80);
        return new Guid(bits, bigEndian: true);
    }
}
