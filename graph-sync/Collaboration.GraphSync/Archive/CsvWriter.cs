using System.Text;

namespace Collaboration.GraphSync.Archive;

/// <summary>
/// RFC 4180 CSV with ';' as separator and CRLF line ends, as German Excel opens it by double click; UTF-8 with a BOM
/// so Excel does not read the umlauts as Windows-1252. Every cell is defused against formula injection first
/// (<see cref="Defuse"/>), so no CSV the product writes can run a formula in a moderator's spreadsheet.
/// </summary>
internal sealed class CsvWriter
{
    private const char Separator = ';';
    private readonly StringBuilder _text = new();

    public CsvWriter Row(params IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                _text.Append(Separator);
            }

            first = false;
            Append(field ?? string.Empty);
        }

        _text.Append("\r\n");
        return this;
    }

    public byte[] ToBytes()
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(_text.ToString())];
    }

    /// <summary>
    /// OWASP's rule against CSV injection: a cell that begins with '=', '+', '-', '@', a tab or a carriage return
    /// gets a leading single quote, so a spreadsheet shows it as text instead of evaluating it as a formula (quoting
    /// alone does not stop Excel: it strips the quotes and then reads the formula). The full-width forms
    /// (U+FF1D, U+FF0B, U+FF0D, U+FF20) are treated alike because Excel in East Asian locales reads them as
    /// formula starts too.
    /// </summary>
    /// <remarks>
    /// A cell that is a plain number ("-3", "-2.5", "-2,5") keeps its sign: a number cannot hold a formula, and a
    /// quote would turn it into text that no longer sorts or sums. "Plain" is strict: an optional sign, digits, and
    /// at most one decimal point or comma with digits after it; anything more ("-3+4", "-1e5", "- 3") is defused.
    /// The product writes no negative numbers of its own today (ranks, counts and timestamps are not negative),
    /// so this only keeps a need or answer that is just a number readable as one.
    /// </remarks>
    public static string Defuse(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.Length == 0 || !IsFormulaStart(field[0]) || IsPlainNumber(field))
        {
            return field;
        }

        return "'" + field;
    }

    private static bool IsFormulaStart(char c) =>
        c is '=' or '+' or '-' or '@' or '\t' or '\r' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20';

    private static bool IsPlainNumber(string field)
    {
        var i = field[0] is '-' or '+' ? 1 : 0;
        var digitsBefore = CountDigits(field, ref i);
        if (digitsBefore == 0)
        {
            return false;
        }

        if (i == field.Length)
        {
            return true;
        }

        if (field[i] is not ('.' or ','))
        {
            return false;
        }

        i++;
        return CountDigits(field, ref i) > 0 && i == field.Length;
    }

    private static int CountDigits(string field, ref int i)
    {
        var start = i;
        while (i < field.Length && char.IsAsciiDigit(field[i]))
        {
            i++;
        }

        return i - start;
    }

    private void Append(string raw)
    {
        var field = Defuse(raw);
        if (field.AsSpan().IndexOfAny(";\"\r\n") < 0)
        {
            _text.Append(field);
            return;
        }

        _text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
