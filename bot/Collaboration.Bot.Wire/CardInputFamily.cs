namespace Collaboration.Bot.Wire;

/// <summary>
/// Inputs a card has once per option, row or place: the id is the family's prefix ("in.points.", "in.row.",
/// "in.rank.") and the key (<see cref="CardInputs.Id(CardInputFamily, string)"/>).
/// </summary>
public enum CardInputFamily
{
    /// <summary>One number per option of a points item.</summary>
    Points,

    /// <summary>One choice per matrix row, or one rating per row and column ("in.row.{row}.{column}").</summary>
    Row,

    /// <summary>One choice set per place of a ranking (1-based).</summary>
    Rank,
}
