using Microsoft.AspNetCore.Http.Headers;

namespace Collaboration.Web.Localization;

/// <summary>The language a request asks for: English when its most preferred language is English, else German (the pages send the Teams locale).</summary>
internal static class RequestLanguage
{
    public static Language Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        IList<Microsoft.Net.Http.Headers.StringWithQualityHeaderValue> accepted;
        try
        {
            accepted = new RequestHeaders(request.Headers).AcceptLanguage;
        }
        catch (FormatException)
        {
            // A header that does not parse asks for nothing in particular.
            return Language.De;
        }

        var first = accepted.Where(l => l.Quality is null or > 0).OrderByDescending(l => l.Quality ?? 1).FirstOrDefault();
        return first?.Value.Value?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? Language.En : Language.De;
    }

    public static WebText TextOf(HttpRequest request) => WebText.For(Of(request));
}
