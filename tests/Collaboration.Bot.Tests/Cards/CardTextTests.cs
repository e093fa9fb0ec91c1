using Collaboration.Bot.Cards.Model;

namespace Collaboration.Bot.Tests.Cards;

public sealed class CardTextTests
{
    private const char WordJoiner = '\u2060';

    [Theory]
    [InlineData("**fett** und _kursiv_", @"\*\*fett\*\* und \_kursiv\_")]
    [InlineData("[Klick](https://evil.example)", "\\[Klick\\](https:/\u2060/evil.example)")]
    [InlineData("`code` ~~weg~~", @"\`code\` \~\~weg\~\~")]
    [InlineData(@"C:\temp", @"C:\\temp")]
    public void Inline_markdown_is_escaped(string typed, string expected)
    {
        Assert.Equal(expected, CardText.Escape(typed));
    }

    [Theory]
    [InlineData("- Punkt", @"\- Punkt")]
    [InlineData("+ Punkt", @"\+ Punkt")]
    [InlineData("* Punkt", @"\* Punkt")]
    [InlineData("1. Platz", @"1\. Platz")]
    [InlineData("  12) Platz", "\u00A0\u00A012\\) Platz")]
    [InlineData("# Titel", @"\# Titel")]
    [InlineData("> Zitat", @"\> Zitat")]
    [InlineData("Erste\n- zweite", "Erste\n\\- zweite")]
    public void List_heading_and_quote_markers_are_escaped_at_a_line_start(string typed, string expected)
    {
        Assert.Equal(expected, CardText.Escape(typed));
    }

    [Fact]
    public void Markers_in_the_middle_of_a_line_are_left_alone_so_clients_without_escapes_show_clean_text()
    {
        Assert.Equal("Müller-Lüdenscheidt hat 3. Platz (knapp) & 5 > 4", RemoveWordJoiners(CardText.Escape("Müller-Lüdenscheidt hat 3. Platz (knapp) & 5 > 4")));
        Assert.Equal("Müller-Lüdenscheidt hat 3. Platz (knapp)", CardText.Escape("Müller-Lüdenscheidt hat 3. Platz (knapp)"));
    }

    [Theory]
    [InlineData("siehe https://evil.example/x", "siehe https:/\u2060/evil.example/x")]
    [InlineData("//evil.example", "/\u2060/evil.example")]
    [InlineData("www.evil.example und WWW.x.de", "www\u2060.evil.example und WWW\u2060.x.de")]
    [InlineData("awww.de bleibt", "awww.de bleibt")]
    public void Bare_urls_cannot_be_linked_and_read_the_same(string typed, string expected)
    {
        Assert.Equal(expected, CardText.Escape(typed));
        Assert.Equal(typed, RemoveWordJoiners(CardText.Escape(typed)));
    }

    [Fact]
    public void Four_leading_spaces_cannot_start_a_code_block() =>
        Assert.Equal("\u00A0\u00A0\u00A0\u00A0code\n\u00A0\\- x", CardText.Escape("    code\n\t- x"));

    [Fact]
    public void Mention_tags_and_html_entities_cannot_form()
    {
        var escaped = CardText.Escape("<at>Alle</at> &lt;at&gt;");

        Assert.DoesNotContain("<at>", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain("</at>", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;", escaped, StringComparison.Ordinal);
        Assert.Equal("<at>Alle</at> &lt;at&gt;", RemoveWordJoiners(escaped));
    }

    [Fact]
    public void Umlauts_emoji_and_line_breaks_are_kept()
    {
        Assert.Equal("Grüße aus Köln 🎉👍🏽\nÄrger? Nö.", CardText.Escape("Grüße aus Köln 🎉👍🏽\r\nÄrger? Nö."));
    }

    [Fact]
    public void Empty_and_null_text_escape_to_empty()
    {
        Assert.Equal(string.Empty, CardText.Escape(null));
        Assert.Equal(string.Empty, CardText.Escape(string.Empty));
    }

    [Fact]
    public void Truncation_keeps_short_text_and_marks_a_cut_with_an_ellipsis()
    {
        Assert.Equal("Kurz", CardText.Truncate("Kurz", 10));
        Assert.Equal("Ein lang…", CardText.Truncate("Ein langer Beitrag", 9));
        Assert.Equal(9, CardText.Truncate("Ein langer Beitrag", 9).Length);
    }

    [Fact]
    public void Truncation_never_splits_an_emoji()
    {
        // Thumbs-up with a skin tone is one character to the reader but four UTF-16 code units.
        Assert.Equal("ab👍🏽…", CardText.Truncate("ab👍🏽cdef", 4));
        Assert.Equal("ab…", CardText.Truncate("ab👍🏽cdef", 3));
    }

    [Fact]
    public void Escaping_after_truncation_escapes_the_kept_text()
    {
        Assert.Equal(@"\*\*fe…", CardText.EscapeAndTruncate("**fett**", 5));
    }

    private static string RemoveWordJoiners(string text) => text.Replace(WordJoiner.ToString(), string.Empty, StringComparison.Ordinal);
}
