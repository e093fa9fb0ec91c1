using System.Security.Cryptography;
using System.Text;
using Collaboration.Forums.Items;

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
}
