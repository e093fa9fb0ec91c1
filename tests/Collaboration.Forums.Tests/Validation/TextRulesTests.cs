namespace Collaboration.Forums.Tests.Validation;

public sealed class TextRulesTests
{
    [Fact]
    public void Null_becomes_empty() => Assert.Equal(string.Empty, TextRules.Normalise(null));

    [Fact]
    public void Trims_and_turns_windows_line_breaks_into_newlines() =>
        Assert.Equal("a\nb\nc", TextRules.Normalise("  a\r\nb\rc \t "));

    [Fact]
    public void Removes_control_characters_but_keeps_tabs() =>
        Assert.Equal("a\tb c", TextRules.Normalise("a\tb\u0000\u0007 c\u001b"));

    [Fact]
    public void Composes_to_nfc() => Assert.Equal("Übergröße", TextRules.Normalise("U\u0308bergro\u0308ße"));

    [Fact]
    public void Collapses_more_than_two_blank_lines() =>
        Assert.Equal("a\n\n\nb", TextRules.Normalise("a\n\n\n\n\n \n\nb"));

    [Fact]
    public void Keeps_two_blank_lines() => Assert.Equal("a\n\n\nb", TextRules.Normalise("a\n\n\nb"));

    [Theory]
    [InlineData("Grüße 👩‍💻 aus Bernburg 🇩🇪")]
    [InlineData("مرحبا بالعالم \u200F")]
    [InlineData("שלום")]
    public void Keeps_emoji_umlauts_and_right_to_left_text(string text) => Assert.Equal(text.Trim(), TextRules.Normalise(text));

    [Fact]
    public void Replaces_a_lone_surrogate_instead_of_throwing() => Assert.Equal("a\uFFFDb", TextRules.Normalise("a\uD800b"));
}
