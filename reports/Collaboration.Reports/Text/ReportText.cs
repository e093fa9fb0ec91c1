using System.Resources;

namespace Collaboration.Reports.Text;

/// <summary>The fixed texts of the documents in one language (German resources first, English beside them) and number formats.</summary>
internal sealed class ReportText
{
    private static readonly ResourceManager Resources = new("Collaboration.Reports.Resources.Strings", typeof(ReportText).Assembly);

    private const int CountsKept = 4096;
    private readonly string?[] _counts = new string?[CountsKept];
    private (long Value, string Text)? _lastLargeCount;
    private readonly Dictionary<NeedKind, string> _kinds = [];

    public ReportText(Language language)
    {
        Language = language;
        Culture = CultureInfo.GetCultureInfo(language == Language.En ? "en-GB" : "de-DE");
    }

    public Language Language { get; }

    public CultureInfo Culture { get; }

    /// <summary>The BCP 47 tag written into documents so that spelling and hyphenation follow the language.</summary>
    public string Tag => Language == Language.En ? "en-GB" : "de-DE";

    public string this[string name] =>
        Resources.GetString(name, Culture) ?? throw new KeyNotFoundException($"No text '{name}' in the report's resources.");

    /// <summary>The resource <paramref name="name"/> with its placeholders filled; whole numbers are counts and get grouped.</summary>
    public string Format(string name, params object[] arguments) =>
        string.Format(Culture, this[name], [.. arguments.Select(a => a is int or long ? Count(Convert.ToInt64(a, CultureInfo.InvariantCulture)) : a)]);

    /// <summary>A count with thousands separators, as executives read it: "9.994" in German, "9,994" in English.</summary>
    public string Count(long value)
    {
        // The report writes a rank and a supporter count for each of up to 100,000 needs, nearly all small numbers.
        if (value is >= 0 and < CountsKept)
        {
            return _counts[value] ??= value.ToString("N0", Culture);
        }

        // Larger ranks repeat: needs with equal support share one, and at 100,000 needs nearly all of them tie at a
        // rank above the kept counts (a new string per row was 4 MiB per report).
        if (_lastLargeCount is { } last && last.Value == value)
        {
            return last.Text;
        }

        var text = value.ToString("N0", Culture);
        _lastLargeCount = (value, text);
        return text;
    }

    /// <summary>A chart value in a table: a count grouped like <see cref="Count"/>, anything else with one decimal.</summary>
    public string Amount(double value) => value == Math.Floor(value) ? value.ToString("N0", Culture) : Number(value);

    public string Of(LocalizedText? text) => text?.In(Language) ?? string.Empty;

    public string Kind(NeedKind kind) => _kinds.TryGetValue(kind, out var name) ? name : _kinds[kind] = this["Kind_" + kind];

    /// <summary>"Merged from: Hürde „…“; Wunsch „…“" for a merged need, empty for one that stands alone; each text cut to <paramref name="maxText"/>.</summary>
    public string MergedFrom(RankedNeed need, int maxText) => need.IsMerged
        ? Format("MergedFrom", string.Join("; ", need.Sources.Select(s => $"{Kind(s.Kind)} „{SafeText.Line(s.Text, maxText)}“")))
        : string.Empty;

    /// <summary>"3 Foren", "1 Forum", or "1 von 3 geplanten Foren" while the series is still running.</summary>
    public string ForumsHeld(int held, int planned) =>
        held < planned ? Format("ForumsOfPlanned", held, planned) : Format(held == 1 ? "ForumsOne" : "ForumsMany", held);

    public string Number(double value, int decimals = 1) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture);

    public string Percent(double share) => share.ToString("P0", Culture);

    public string Date(DateTimeOffset value) => value.ToString("d", Culture);
}
