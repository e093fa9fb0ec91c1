using System.Globalization;
using System.Resources;
using Collaboration.Forums.Text;
using Microsoft.AspNetCore.Http;

namespace Collaboration.Web.Live;

/// <summary>The live stream's own answers in the request's language (LiveStrings.resx German, LiveStrings.en.resx).</summary>
internal static class LiveText
{
    private static readonly ResourceManager Resources = new("Collaboration.Web.Live.LiveStrings", typeof(LiveText).Assembly);

    /// <summary>The contract's rule: English when Accept-Language starts with "en", else German.</summary>
    public static Language LanguageOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var accepted = request.Headers.AcceptLanguage.ToString().TrimStart();
        return accepted.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.En : Language.De;
    }

    public static string Format(Language language, string key, params object[] args)
    {
        var culture = CultureInfo.GetCultureInfo(language == Language.En ? "en-GB" : "de-DE");
        var text = Resources.GetString(key, culture) ?? throw new KeyNotFoundException($"No text '{key}' in the live stream's resources.");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }

    /// <summary>The contract's error body: a code and a sentence in the request's language.</summary>
    public static IResult Problem(int status, string code, Language language, string key, params object[] args) =>
        Results.Json(new { code, message = Format(language, key, args) }, statusCode: status);
}
