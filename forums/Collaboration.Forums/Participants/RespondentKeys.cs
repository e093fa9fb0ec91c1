using System.Security.Cryptography;
using System.Text;

namespace Collaboration.Forums.Participants;

/// <summary>
/// The key under which a participant's answer to an item is stored. For a named item it is the participant's id;
/// for an anonymous item it is a keyed hash of item and participant, so the answer row carries no identity,
/// yet the same person still has exactly one answer (changeable) and cannot vote twice.
/// </summary>
public sealed class RespondentKeys
{
    private readonly byte[] _secret;

    /// <param name="secret">At least 32 bytes, kept outside the database; without it the hash cannot be linked to a person.</param>
    public RespondentKeys(byte[] secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (secret.Length < 32)
        {
            throw new ArgumentException("The anonymity secret must have at least 32 bytes.", nameof(secret));
        }

        _secret = secret;
    }

    public string For(ForumItem item, Participant participant)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(participant);
        if (!item.Anonymous)
        {
            return "p:" + participant.Id.ToString("N");
        }

        var message = Encoding.UTF8.GetBytes(item.Id.ToString("N") + "|" + participant.Id.ToString("N"));
        return "a:" + Convert.ToBase64String(HMACSHA256.HashData(_secret, message)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
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
