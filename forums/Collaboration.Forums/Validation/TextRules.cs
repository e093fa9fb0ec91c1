using System.Text;

namespace Collaboration.Forums.Validation;

/// <summary>How text from users is cleaned before it is checked and stored.</summary>
public static class TextRules
{
    /// <summary>More blank lines than this in a row carry no meaning and only stretch cards and reports.</summary>
    private const int MaxBlankLines = 2;

    /// <summary>
    /// Trims, normalises to NFC and drops control characters other than line breaks and tabs, and the bidi
    /// embedding, override and isolate controls; line breaks become "\n" and runs of more than two blank lines
    /// shrink to two. Other format characters (the bidi marks, zero-width joiners inside emoji) are kept, so
    /// right-to-left text and emoji stay intact.
    /// </summary>
    /// <remarks>
    /// Why the bidi controls go and the marks stay: an embedding or override (U+202A–U+202E) or an isolate
    /// (U+2066–U+2069) reorders everything up to its terminator, so "txt.exe" can be shown as "exe.txt" and a need
    /// can read differently in a card, a CSV cell and a SharePoint list ("Trojan Source", CVE-2021-42574). Each
    /// output is a different renderer, and one left open would spill into the text after it. Right-to-left
    /// languages do not need them in plain text: the Unicode bidi algorithm orders Arabic and Hebrew by itself.
    /// The marks (LRM U+200E, RLM U+200F, ALM U+061C) are zero-width strong characters: they only settle the
    /// direction of neighbouring punctuation, cannot reorder other letters, open nothing that could spill, and
    /// people typing right-to-left text use them; so they are kept.
    /// </remarks>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var cleaned = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                // "\r\n" and a lone "\r" (old Mac clients) both mean one line break.
                cleaned.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cleaned.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                // A lone surrogate is not text; Normalize would throw on it.
                cleaned.Append('\uFFFD');
            }
            else if (!IsBidiControl(c) && (c is '\n' or '\t' || !char.IsControl(c)))
            {
                cleaned.Append(c);
            }
        }

        var lines = cleaned.ToString().Normalize(NormalizationForm.FormC).Split('\n');
        var result = new StringBuilder(cleaned.Length);
        var blankRun = 0;
        foreach (var line in lines)
        {
            var blank = string.IsNullOrWhiteSpace(line);
            blankRun = blank ? blankRun + 1 : 0;
            if (blankRun > MaxBlankLines)
            {
                continue;
            }

            if (result.Length > 0 || line.Length > 0)
            {
                result.Append(blank ? string.Empty : line).Append('\n');
            }
        }

        return result.ToString().Trim();
    }

    /// <summary>The bidi embedding, override and isolate controls that <see cref="Normalise"/> removes.</summary>
    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
