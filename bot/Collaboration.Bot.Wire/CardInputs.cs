namespace Collaboration.Bot.Wire;

/// <summary>The ids of card inputs, built from <see cref="CardInput"/> and <see cref="CardInputFamily"/>.</summary>
public static class CardInputs
{
    /// <summary>What every input id starts with, and nothing the bot puts into an action's data does.</summary>
    public const string Prefix = "in.";

    private static readonly WireName<CardInput> Single = new(Prefix);

    private static readonly WireName<CardInputFamily> Families = new(Prefix);

    public static string Id(this CardInput input) => Single.Of(input);

    /// <summary>The prefix every id of the family starts with, e.g. "in.points.".</summary>
    public static string PrefixOf(this CardInputFamily family) => Families.Of(family) + ".";

    public static string Id(this CardInputFamily family, string key) => family.PrefixOf() + key;

    /// <returns>The key behind the family's prefix, or null for an id of another input.</returns>
    public static string? KeyOf(this CardInputFamily family, string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var prefix = family.PrefixOf();
        return id.StartsWith(prefix, StringComparison.Ordinal) ? id[prefix.Length..] : null;
    }

    /// <summary>The id of a ranking's choice set for place <paramref name="place"/> (1-based).</summary>
    public static string RankPlace(int place) => CardInputFamily.Rank.Id(place.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The id of a matrix cell input: one choice per row, or one rating per row × column.</summary>
    public static string MatrixCell(string rowKey, string? columnKey = null) =>
        CardInputFamily.Row.Id(columnKey is null ? rowKey : rowKey + "." + columnKey);
}
