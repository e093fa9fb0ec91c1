using System.Resources;

namespace Collaboration.Bot.Localization;

/// <summary>
/// User-facing text in the user's language, from Strings.resx (German, the neutral language) and Strings.en.resx.
/// A missing key throws: a silently empty button would be worse than a failing test.
/// </summary>
internal sealed class BotText
{
    private static readonly ResourceManager Resources = new("Collaboration.Bot.Localization.Strings", typeof(BotText).Assembly);
    private static readonly CultureInfo GermanCulture = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");

    private BotText(Language language)
    {
        Language = language;
        Culture = language == Language.En ? EnglishCulture : GermanCulture;
    }

    private static BotText InGerman { get; } = new(Language.De);

    private static BotText InEnglish { get; } = new(Language.En);

    public Language Language { get; }

    public CultureInfo Culture { get; }

    /// <summary>The card's "lang": a bare language code, the form the Adaptive Cards schema accepts.</summary>
    public string LanguageTag => Language == Language.En ? "en" : "de";

    public string this[string key] =>
        Resources.GetString(key, Culture) ?? throw new KeyNotFoundException($"No text '{key}' in the bot's resources.");

    public static BotText For(Language language) => language == Language.En ? InEnglish : InGerman;

    /// <summary>German unless the Teams locale asks for English ("en-US", "en-GB", ...).</summary>
    public static Language LanguageOf(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.En : Language.De;

    public string Format(string key, params object?[] arguments) => string.Format(Culture, this[key], arguments);

    public string Of(LocalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.In(Language);
    }

    public string Number(double value, int decimals = 1) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture);

    public string Percent(double share) => share.ToString("P0", Culture);
}
