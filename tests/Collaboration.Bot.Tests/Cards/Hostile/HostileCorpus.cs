namespace Collaboration.Bot.Tests.Cards.Hostile;

/// <summary>
/// Text a careless or malicious participant, moderator or template author could put into any field a card shows:
/// every Markdown form Teams or a CommonMark parser knows, mentions, HTML, entities, bidi overrides, invisible and
/// combining characters, formula, JSON and template syntax, and a text far longer than any limit.
/// </summary>
internal static class HostileCorpus
{
    /// <summary>What every user/template field holds in the plain rendering the hostile one is compared with.</summary>
    public const string Plain = "Wort";

    public static IReadOnlyList<(string Name, string Text)> All { get; } =
    [
        ("markdown link", "[Offizielles Formular](https://evil.example/login \"Titel\")"),
        ("image", "![Logo](https://evil.example/x.png)"),
        ("reference link", "[Formular][1]\n\n[1]: https://evil.example"),
        ("autolink", "<https://evil.example> <mailto:a@evil.example>"),
        ("bare url", "Bitte hier anmelden: https://evil.example/login?x=1"),
        ("protocol-relative url", "//evil.example/x"),
        ("www", "www.evil.example und (www.evil.example)"),
        ("emphasis", "**fett** *kursiv* _kursiv_ __fett__ ~~weg~~ ***beides***"),
        ("intraword emphasis", "a*b*c a_b_c"),
        ("code", "`code` und ``doppelt``\n```\nblock\n```"),
        ("lists", "- eins\n* zwei\n+ drei\n1. vier\n2) fünf"),
        ("headings, quotes, rules", "# Titel\n> Zitat\nText\n===\nText\n---\n***\n___\n- - -"),
        ("indented code", "    eingerückt\n\tmit Tab"),
        ("line start after blank lines", "eins\n\n\n- zwei\n\n1. drei\n\n[x](https://evil.example)"),
        ("mention", "<at>Alle</at> <at id=\"0\">Chefin</at> < at >x</ at >"),
        ("html", "<b>fett</b><img src=x onerror=alert(1)><script>alert(1)</script><a href='https://evil.example'>x</a><!-- c -->"),
        ("entities", "&lt;at&gt;Alle&lt;/at&gt; &amp; &#60;b&#62; &#x3C;i&#x3E; &nbsp;"),
        ("backslashes", "\\*nicht\\* C:\\temp\\ \\[x\\](y) \\"),
        ("bidi overrides", "Rechnung\u202Efdp.exe \u2066x\u2069 \u202Ay\u202C \u202B\u202D\u2067\u2068z"),
        ("zero-width and combining", "Z\u200Be\u200Cr\u200Do\uFEFF a\u0301\u0302\u0303 👩‍💻 \u2060*x*"),
        ("csv formula", "=HYPERLINK(\"https://evil.example\";\"klick\") +1 -1 @SUM(A1)"),
        ("json-ish braces", "{\"type\":\"Action.OpenUrl\",\"url\":\"https://evil.example\"} }]} \"\\u0000"),
        ("template syntax", "${$root.secret} {{name}} ${if(true, '[a](https://evil.example)', 'b')} $data"),
        ("10k characters", new string('ü', 5000) + " [a](https://evil.example) " + new string('*', 5000)),
        ("everything at once", "# [**x**](https://evil.example) <at>y</at> &amp; www.evil.example\n- `z` ~~w~~ \u202Eabc"),
    ];
}
