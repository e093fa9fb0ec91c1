using System.Globalization;

namespace Collaboration.Web.Api;

/// <summary>
/// Ids and numbers from the path or query, taken as text and parsed here, so a malformed one gets a sentence in the
/// request's language (400) rather than the framework's bare 400 or a 404 that says nothing.
/// </summary>
internal static class RouteValues
{
    public static bool TryId(string? value, HttpRequest request, out Guid id, out IResult? refusal)
    {
        refusal = null;
        if (Guid.TryParse(value, CultureInfo.InvariantCulture, out id) && id != Guid.Empty)
        {
            return true;
        }

        var shown = value is null ? string.Empty : value.Length > 40 ? value[..40] + "…" : value;
        refusal = ApiError.Web(StatusCodes.Status400BadRequest, "BadId", RequestLanguage.TextOf(request), shown);
        return false;
    }

    public static bool TryForum(string? value, HttpRequest request, out int number, out IResult? refusal)
    {
        refusal = null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number is > 0 and < 1000)
        {
            return true;
        }

        refusal = ApiError.Web(StatusCodes.Status400BadRequest, "BadForum", RequestLanguage.TextOf(request));
        return false;
    }
}
