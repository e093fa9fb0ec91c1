namespace Collaboration.Reports.Tests.Support;

/// <summary>Puts hostile user text everywhere a report shows user text: XML specials, emoji, RTL, control characters, 10,000 characters.</summary>
internal static class NastyInput
{
    public static readonly string[] Texts =
    [
        "Ümläute ßÄÖ & <tag attr=\"x\"> 'apos' ]]> &amp; </p:sld>",
        "😀👩🏽‍💻 Emoji 🇩🇪 und Kombinationen e\u0301",
        "مرحبا بالعالم — עברית בטקסט — gemischt mit Deutsch",
        "Steuerzeichen\u0000\u0001\u0007\u000B\u000C\u001F hier \uFFFE\uFFFF Ende",
        "Einsames Surrogat \uD800 und \uDC00 verkehrt",
        "Richtungswechsel \u202E gnuthcA \u202C zurück",
        "Zeile 1\r\nZeile 2\rZeile 3\n\n\tEingerückt",
        string.Concat(Enumerable.Repeat("Sehr langer Beitrag ohne Ende, ", 340)) + "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen",
    ];

    private static LocalizedText Text(int i) => new(Texts[i % Texts.Length], Texts[(i + 1) % Texts.Length]);

    public static SeriesReport Apply(SeriesReport report)
    {
        var n = 0;
        return report with
        {
            Title = Text(n++),
            Goal = Text(7),
            Forums =
            [
                .. report.Forums.Select(f => f with
                {
                    Title = Text(n++),
                    Description = Text(7),
                    Items = [.. f.Items.Select(i => i with { Prompt = Text(n++), Results = Mangle(i.Results, ref n) })],
                }),
            ],
            ImplementationPath = [.. report.ImplementationPath.Select(m => m with { Phase = Text(n++), Title = Text(7), Due = Texts[n++ % Texts.Length] })],
        };
    }

    private static ItemResults Mangle(ItemResults results, ref int n)
    {
        var start = n;
        n += 3;
        return results switch
        {
            TextResults t => t with { Answers = [.. Texts] },
            NeedsResults r => r with { Ranking = [.. r.Ranking.Select((x, i) => x with { Text = Texts[(start + i) % Texts.Length] })] },
            PointsResults r => r with { Ranking = [.. r.Ranking.Select((x, i) => x with { Choice = x.Choice with { Label = Text(start + i) } })] },
            ChoiceResults r => r with { Tallies = [.. r.Tallies.Select((x, i) => x with { Choice = x.Choice with { Label = Text(start + i) } })] },
            MatrixRatingResults r => r with { Rows = [.. r.Rows.Select((x, i) => x with { Row = x.Row with { Label = Text(start + i) } })] },
            MatrixChoiceResults r => r with { Rows = [.. r.Rows.Select((x, i) => x with { Row = x.Row with { Label = Text(start + i) } })] },
            _ => results,
        };
    }
}
