using System.Globalization;
using System.Text.Json.Serialization;

namespace Collaboration.Web.Api;

/// <summary>
/// The one body of every refusal: a code the pages can branch on (a <see cref="RejectionCode"/> or one of the web's own)
/// and a sentence in the request's language. Never an exception's text.
/// </summary>
internal sealed record ApiError(string Code, string Message)
{
    /// <summary>A domain refusal with the status <see cref="RejectionStatus"/> gives it (429 with Retry-After).</summary>
    public static IResult For(Rejection rejection, WebText text)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        ArgumentNullException.ThrowIfNull(text);
        return new ApiErrorResult(RejectionStatus.Of(rejection.Code), new ApiError(rejection.Code.ToString(), text.Describe(rejection)), RejectionStatus.RetryAfter(rejection));
    }

    /// <summary>One of the web's own refusals, its sentence from "Web.&lt;code&gt;".</summary>
    public static IResult Web(int status, string code, WebText text, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ApiErrorResult(status, new ApiError(code, text.Format("Web." + code, arguments)), null);
    }
}

/// <summary>Writes an <see cref="ApiError"/> with its status and, for a limit, the seconds to wait.</summary>
internal sealed class ApiErrorResult(int status, ApiError error, TimeSpan? retryAfter) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => status;

    public ApiError Error => error;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = status;
        if (retryAfter is { } wait)
        {
            httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return httpContext.Response.WriteAsJsonAsync(error, ApiJson.Options, httpContext.RequestAborted);
    }
}
