using System.Globalization;
using System.Text;

namespace Collaboration.Bot.Cards.Model;

/// <summary>
/// Makes text that users typed safe for the markdown-rendered parts of a card (TextBlock text, Fact titles and
/// values), so that it shows exactly as typed: no bold, links, lists or mentions that the writer did not intend
/// and that another participant could use to dress up or disguise a post.
/// </summary>
/// <remarks>
/// Why these rules: Teams renders a markdown subset in TextBlocks (emphasis with * and _, links [..](..), bullet
/// and numbered lists at a line start, and, depending on the client, code spans, headings and quotes). Each is
/// neutralised with a CommonMark backslash escape, which the Teams desktop and web clients honour and the mobile
/// clients honour since Microsoft fixed them (AdaptiveCards issues 5590, 4677; Teams-AdaptiveCards-Mobile PR 83).
/// Because a client that ignores an escape shows the backslash, characters are escaped only where markdown gives
/// them meaning: emphasis, code and link brackets anywhere; list, heading and quote markers only at a line start.
/// Parentheses stay as they are: a link needs "](", and the brackets are already escaped.
/// Mentions and HTML are not markdown: Teams resolves "&lt;at&gt;" tags and decodes entities before markdown
/// runs, where a backslash does nothing. So "&lt;" and "&amp;" get an invisible WORD JOINER (U+2060) after them, which
/// keeps any tag or entity from forming while the text reads the same.
/// Plain-text properties (input values, placeholders, choice titles, chart labels) must not be escaped: there a
/// backslash would be shown.
/// </remarks>
internal static class CardText
{
    private const char WordJoiner = '\u2060';
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

    /// <summary>Truncates, then escapes: the usual path for a user's text in a TextBlock.</summary>
    public static string EscapeAndTruncate(string? text, int maxLength) => Escape(Truncate(text, maxLength));

    private static void AppendLine(StringBuilder result, string line)
    {
        var start = 0;
        while (start < line.Length && line[start] is ' ' or '\t')
        {
            start++;
        }

        result.Append(line, 0, start);
        var markerEnd = AppendLineStartMarker(result, line, start);
        for (var i = markerEnd; i < line.Length; i++)
        {
            AppendInline(result, line[i]);
        }
    }

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
