using System.Text;

namespace Collaboration.Reports.Text;

/// <summary>
/// Makes user text safe for Office XML: characters XML 1.0 cannot carry (control characters, lone surrogates,
/// U+FFFE/U+FFFF) are dropped, and length limits cut at whole characters (an emoji or a combining sequence stays
/// whole) with a visible ellipsis, so a 10,000-character answer neither breaks a file nor overflows a slide.
/// </summary>
internal static class SafeText
{
    public const string Ellipsis = "…";

    /// <summary>The text without characters XML cannot hold; line breaks kept as '\n'.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Nearly all text is clean already; it is returned as it is rather than copied (the report cleans every cell).
        if (IsClean(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (c == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    builder.Append('\n');
                }
            }
            else if (c is '\u202D' or '\u202E')
            {
                // Left-to-right and right-to-left OVERRIDES reverse what follows and can make text read differently
                // from what it says; genuine RTL text needs no override (the bidi algorithm places it).
            }
            else if (c is '\n' or '\t' || (c >= 0x20 && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>True when <see cref="Clean"/> would keep every character of the text as it is.</summary>
    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!(c is '\n' or '\t' || (c >= 0x20 && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF' && c != '\u202D' && c != '\u202E')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One line: cleaned, whitespace (line breaks too) collapsed, cut to <paramref name="max"/> characters.</summary>
    public static string Line(string? text, int max) => Cut(Collapse(Clean(text)), max);

    /// <summary>Cleaned text that keeps its paragraphs, cut to <paramref name="max"/> characters.</summary>
    public static string Block(string? text, int max) => Cut(Clean(text).Trim(), max);

    /// <summary>The text cut at a whole character so that, with the ellipsis, it is at most <paramref name="max"/> characters long.</summary>
    public static string Cut(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A text element is at least one char, so a text no longer than max in chars fits: nearly every text, and
        // counting text elements allocates an index per char (the report cuts every need and every open answer).
        if (text.Length <= max || new StringInfo(text).LengthInTextElements <= max)
        {
            return text;
        }

        var builder = new StringBuilder();
        var elements = StringInfo.GetTextElementEnumerator(text);
        var count = 0;
        while (count < max - 1 && elements.MoveNext())
        {
            builder.Append(elements.GetTextElement());
            count++;
        }

        return builder.ToString().TrimEnd() + Ellipsis;
    }

    /// <summary>
    /// Whether the text's first strong character is right-to-left (Hebrew, Arabic and their presentation forms), so the
    /// paragraph is laid out right to left as its writer meant; mixed text inside it is still ordered by the bidi algorithm.
    /// </summary>
    public static bool StartsRightToLeft(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (c is (>= '\u0590' and <= '\u08FF') or (>= '\uFB1D' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF'))
            {
                return true;
            }

            if (char.IsLetter(c))
            {
                return false;
            }
        }

        return false;
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
