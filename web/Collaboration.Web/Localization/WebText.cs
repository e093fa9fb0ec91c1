using System.Globalization;
using System.Resources;

namespace Collaboration.Web.Localization;

/// <summary>
/// The web app's sentences in the request's language, from WebText.resx (German, the neutral language) and
/// WebText.en.resx. A missing key throws: a test checks that every refusal has its sentence in both languages.
/// </summary>
internal sealed class WebText
{
    private static readonly ResourceManager Resources = new("Collaboration.Web.Localization.WebText", typeof(WebText).Assembly);
    private static readonly WebText InGerman = new(Language.De, CultureInfo.GetCultureInfo("de-DE"));
    private static readonly WebText InEnglish = new(Language.En, CultureInfo.GetCultureInfo("en-GB"));

    private WebText(Language language, CultureInfo culture)
    {
        Language = language;
        Culture = culture;
    }

    public Language Language { get; }

    public CultureInfo Culture { get; }

    public string this[string key] =>
        Resources.GetString(key, Culture) ?? throw new KeyNotFoundException($"No text '{key}' in the web app's resources.");

    public static WebText For(Language language) => language == Language.En ? InEnglish : InGerman;

    /// <summary>Whether a text exists in exactly this language (not by falling back to German).</summary>
    public static bool Has(string key, Language language) =>
        // German is the neutral resource set and English the "en" satellite: each looked at alone, without fallback.
        Resources.GetResourceSet(language == Language.En ? CultureInfo.GetCultureInfo("en") : CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
            ?.GetString(key) is { Length: > 0 };

    public string Format(string key, params object?[] arguments) => string.Format(Culture, this[key], arguments);

    public string Of(LocalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.In(Language);
    }

    /// <summary>The sentence that explains a refusal. Arguments may be what the user sent (an unknown key): they are cut short.</summary>
    public string Describe(Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        var arguments = rejection.Arguments
            .Select(a => (object?)Shorten(a is LocalizedText localized ? Of(localized) : Convert.ToString(a, Culture)))
            .ToArray();
        return Format("Rejection." + rejection.Code, arguments);
    }

    private static string Shorten(string? text) => text is null ? string.Empty : text.Length <= 80 ? text : text[..79] + "…";
}
