namespace Collaboration.Forums.Store.Entities;

/// <summary>The check value of a secret kept outside the database (see <see cref="Collaboration.Forums.Participants.AnonymityKeyCheck"/>).</summary>
internal sealed class KeyCheckEntity
{
    public required string Name { get; set; }

    public required string CheckValue { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
