using Collaboration.Reports.Text;

namespace Collaboration.Reports.Tests.Text;

public sealed class SafeTextTests
{
    [Fact]
    public void Characters_xml_cannot_carry_and_direction_overrides_are_dropped_line_breaks_kept()
    {
        Assert.Equal("ab\ncd\ne\tf", SafeText.Clean("a\u0000b\r\nc\u0007d\re\tf\uFFFE\uD800\u202E"));
    }

    [Fact]
    public void Cutting_keeps_emoji_and_combining_sequences_whole_and_shows_an_ellipsis()
    {
        var cut = SafeText.Cut("ab👩🏽‍💻e\u0301fgh", 4);

        Assert.Equal("ab👩🏽‍💻…", cut);
    }

    [Fact]
    public void A_line_collapses_whitespace_and_stays_within_its_budget()
    {
        var line = SafeText.Line("  Zeile 1\r\n\r\n  Zeile 2 " + new string('x', 10_000), 50);

        Assert.StartsWith("Zeile 1 Zeile 2 x", line, StringComparison.Ordinal);
        Assert.Equal(50, new System.Globalization.StringInfo(line).LengthInTextElements);
        Assert.EndsWith("…", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("مرحبا world", true)]
    [InlineData("  ״שלום״", true)]
    [InlineData("Hallo مرحبا", false)]
    [InlineData("123 !", false)]
    public void The_first_strong_character_decides_the_direction(string text, bool rightToLeft)
    {
        Assert.Equal(rightToLeft, SafeText.StartsRightToLeft(text));
    }
}
