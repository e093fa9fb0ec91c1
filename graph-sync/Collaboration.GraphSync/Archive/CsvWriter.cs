using System.Text;

namespace Collaboration.GraphSync.Archive;

/// <summary>
/// RFC 4180 CSV with ';' as separator and CRLF line ends, as German Excel opens it by double click; UTF-8 with a BOM
/// so Excel does not read the umlauts as Windows-1252.
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

    private void Append(string field)
    {
        if (field.AsSpan().IndexOfAny(";\"\r\n") < 0)
        {
            _text.Append(field);
            return;
        }

        _text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
