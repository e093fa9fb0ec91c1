namespace Collaboration.Forums.Store.Entities;

/// <summary>The latest claim on updating an item's posted cards (see <see cref="ICardUpdateClaims"/>); no personal data.</summary>
internal sealed class CardUpdateClaimEntity
{
    public Guid ItemId { get; set; }

    public required string ClaimedBy { get; set; }

    public DateTimeOffset ClaimedAt { get; set; }

    public DateTimeOffset NextAt { get; set; }
}
