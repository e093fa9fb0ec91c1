namespace Collaboration.Forums.Tests.Results;

/// <summary>
/// A ranking a database sorted by code point comes out in the domain's order (shown text by UTF-16 code unit, then the
/// database's id order).
/// </summary>
public sealed class RankedNeedOrderTests
{
    private static readonly DateTimeOffset At = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Texts_with_characters_above_U_FFFF_go_before_those_from_U_E000_among_equal_support_and_age()
    {
        // By code point, as a database sorts: U+E000 < U+FF21 < U+1F600; the two "Ｇleich" are in id order.
        RankedNeed[] byCodePoint =
        [
            Need("Gleich", 2), Need("x\uE000", 2), Need("y", 2), Need("Ｇleich", 2, id: 1), Need("Ｇleich", 2, id: 2), Need("😀 Rad", 2),
            Need("a", 1), Need("😀", 1, minute: 1),
        ];

        var ordered = await RankedNeedOrder.FromCodePointOrder(byCodePoint.ToAsyncEnumerable(), default).ToListAsync();

        Assert.Equal(["Gleich", "x\uE000", "y", "😀 Rad", "Ｇleich", "Ｇleich", "a", "😀"], ordered.Select(n => n.Text));
        Assert.Equal([1, 2], ordered.Where(n => n.Text == "Ｇleich").Select(n => n.NeedId.ToByteArray()[15]));
        Assert.Equal(byCodePoint.OrderByDescending(n => n.Supporters).ThenBy(n => n.CreatedAt).ThenBy(n => n.Text, StringComparer.Ordinal).ThenBy(n => n.NeedId),
            ordered);
    }

    private static RankedNeed Need(string text, int supporters, int minute = 0, byte id = 0) =>
        new(new Guid([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, id == 0 ? (byte)text.Length : id]), supporters == 2 ? 1 : 7, NeedKind.Need, "mobility", text,
            supporters, At.AddMinutes(minute));
}
