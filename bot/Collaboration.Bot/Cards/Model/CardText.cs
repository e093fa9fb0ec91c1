using System.Text;

namespace Collaboration.Bot.Cards.Model;

/// <summary>
/// Makes text that users typed safe for the markdown-rendered parts of a card (TextBlock text, Fact titles and
/// values), so that it shows exactly as typed: no bold, links, lists or mentions that the writer did not intend
/// and that another participant could use to dress up or disguise a post.
/// </summary>
/// <remarks>
/// Where: Teams renders Markdown in exactly three places of an Adaptive Card: TextBlock text, Fact title and Fact
/// value (Microsoft's "Format cards in Teams"; Table cells hold TextBlocks, so they count as TextBlocks). Choice
/// titles, input labels, placeholders and values, action titles and chart labels are plain text and must not be
/// escaped: there a backslash would be shown.
/// Why these rules: Teams renders a markdown subset there (emphasis with * and _, links [..](..), bullet and
/// numbered lists at a line start, and, depending on the client, code spans, headings and quotes). Each is
/// neutralised with a CommonMark backslash escape, which the Teams desktop and web clients honour and the mobile
/// clients honour since Microsoft fixed them (AdaptiveCards issues 5590, 4677; Teams-AdaptiveCards-Mobile PR 83).
/// Because a client that ignores an escape shows the backslash, characters are escaped only where markdown gives
/// them meaning: emphasis, code and link brackets anywhere; list, heading, quote and rule markers only at a line
/// start. Parentheses stay as they are: a link needs "](", and the brackets are already escaped.
/// Leading spaces become no-break spaces: four of them would start a code block, and a marker behind them would
/// escape the line-start check.
/// Mentions and HTML are not markdown: Teams resolves "&lt;at&gt;" tags and decodes entities before markdown
/// runs, where a backslash does nothing. So "&lt;" and "&amp;" get an invisible WORD JOINER (U+2060) after them, which
/// keeps any tag or entity from forming while the text reads the same.
/// Bare URLs are linked by clients without any markup ("https://…", "www.…"), and a backslash cannot stop that:
/// a WORD JOINER between the two slashes of "//" and after a "www" that starts a word keeps a linkifier from
/// seeing a URL, while the text still reads the same. Bare domain names ("example.org") and e-mail addresses are
/// left alone: breaking every "a.b" would damage ordinary text ("z.B.", "2.0"), and such a link shows its own target.
/// Everything a user or a template supplies and a card shows as Markdown goes through <see cref="Escape"/>; the
/// test that proves it renders every card factory with a hostile corpus (tests/Collaboration.Bot.Tests/Cards).
/// </remarks>
internal static class CardText
{
    private const char WordJoiner = '\u2060';
    private const char NoBreakSpace = '\u00A0';
    private const string Ellipsis = "…";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var normalised = text.ReplaceLineEndings("\n");
        var result = new StringBuilder(normalised.Length + 16);
        var lines = normalised.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                result.Append('\n');
            }

            AppendLine(result, lines[i]);
        }

        return result.ToString();
    }

    /// <summary>
    /// Cuts text to at most <paramref name="maxLength"/> characters as the reader sees them (an emoji or an
    /// umlaut with a combining mark counts once and is never split), ending with "…" when anything was cut.
    /// Truncate before <see cref="Escape"/>: escaping adds characters, and a cut could split an escape.
    /// </summary>
    public static string Truncate(string? text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var info = new StringInfo(text);
        if (info.LengthInTextElements <= maxLength)
        {
            return text;
        }

        return info.SubstringByTextElements(0, maxLength - 1).TrimEnd() + Ellipsis;
    }

    /// <summary>
    /// The text on one line (line breaks become spaces), for text that a card puts inside a line of its own making,
    /// such as one entry of a list: a line break there would end the entry and a blank line would end the list.
    /// </summary>
    public static string OneLine(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : text.ReplaceLineEndings(" ");

    /// <summary>Truncates, then escapes: the usual path for a user's text in a TextBlock.</summary>
    public static string EscapeAndTruncate(string? text, int maxLength) => Escape(Truncate(text, maxLength));

    private static void AppendLine(StringBuilder result, string line)
    {
        var start = 0;
        while (start < line.Length && line[start] is ' ' or '\t')
        {
            start++;
        }

        result.Append(NoBreakSpace, start);
        var markerEnd = AppendLineStartMarker(result, line, start);
        for (var i = markerEnd; i < line.Length; i++)
        {
            if (line[i] == '/' && i > 0 && line[i - 1] == '/')
            {
                result.Append(WordJoiner);
            }

            AppendInline(result, line[i]);
            if (IsWwwAt(line, i))
            {
                result.Append(line, i + 1, 2).Append(WordJoiner);
                i += 2;
            }
        }
    }

    /// <summary>A "www." that starts a word, as linkifiers look for it.</summary>
    private static bool IsWwwAt(string line, int i) =>
        i + 3 < line.Length && line[i] is 'w' or 'W' && (i == 0 || !char.IsLetterOrDigit(line[i - 1]))
        && line.AsSpan(i, 4).Equals("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>Escapes a list, heading or quote marker at the start of a line; returns where inline text begins.</summary>
    private static int AppendLineStartMarker(StringBuilder result, string line, int start)
    {
        if (start >= line.Length)
        {
            return start;
        }

        var first = line[start];
        if (first is '#' or '>' or '-' or '+' or '=')
        {
            result.Append('\\').Append(first);
            return start + 1;
        }

        // "1. item" and "1) item" start an ordered list.
        var digitsEnd = start;
        while (digitsEnd < line.Length && char.IsAsciiDigit(line[digitsEnd]))
        {
            digitsEnd++;
        }

        if (digitsEnd > start && digitsEnd < line.Length && line[digitsEnd] is '.' or ')')
        {
            result.Append(line, start, digitsEnd - start).Append('\\').Append(line[digitsEnd]);
            return digitsEnd + 1;
        }

        return start;
    }

    private static void AppendInline(StringBuilder result, char c)
    {
        switch (c)
        {
            case '\\' or '*' or '_' or '`' or '[' or ']' or '~':
                result.Append('\\').Append(c);
                break;
            case '<' or '&':
                result.Append(c).Append(WordJoiner);
                break;
            default:
                result.Append(c);
                break;
        }
    }
}
