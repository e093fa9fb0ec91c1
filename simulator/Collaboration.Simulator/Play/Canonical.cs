namespace Collaboration.Simulator.Play;

/// <summary>
/// One text per answer, independent of order and input ids, for both what was sent and what the store holds:
/// two answers are the same exactly when their canonical texts are.
/// </summary>
internal static class Canonical
{
    public static string Choices(IEnumerable<string> keys) => "c:" + string.Join(',', keys.Order(StringComparer.Ordinal));

    public static string Rating(int value) => "r:" + value.ToString(CultureInfo.InvariantCulture);

    public static string Text(string text) => "t:" + text;

    /// <param name="kind">The need kind's name as the card's choice and the store's enum both spell it.</param>
    public static string Need(string kind, string topicKey, string text) => $"{kind}|{topicKey}|{text}";

    public static string Points(IEnumerable<KeyValuePair<string, int>> points) =>
        "p:" + string.Join(';', points.Where(p => p.Value != 0).OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + p.Value.ToString(CultureInfo.InvariantCulture)));

    public static string Matrix(IEnumerable<KeyValuePair<string, string>> cells) =>
        "m:" + string.Join(';', cells.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key + "=" + c.Value));

    /// <param name="cells">"row.column" → value.</param>
    public static string MatrixRating(IEnumerable<KeyValuePair<string, string>> cells) =>
        "mr:" + string.Join(';', cells.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key + "=" + c.Value));
}
