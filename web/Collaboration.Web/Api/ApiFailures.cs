using Collaboration.Forums.Ports;

namespace Collaboration.Web.Api;

/// <summary>
/// The API's last line: a store that is down is a 503 with a sentence, a request the server cannot read is a 400, and
/// anything unexpected a 500 with a sentence and no stack trace (logged with the exception for the operators).
/// </summary>
internal sealed partial class ApiFailures(ILogger<ApiFailures> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        try
        {
            return await next(context);
        }
        catch (StoreUnavailableException exception)
        {
            Log.StoreUnavailable(logger, exception);
            return ApiError.Web(StatusCodes.Status503ServiceUnavailable, "StoreUnavailable", RequestLanguage.TextOf(http.Request));
        }
        catch (BadHttpRequestException)
        {
            return ApiError.Web(StatusCodes.Status400BadRequest, "BadJson", RequestLanguage.TextOf(http.Request));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            Log.Unexpected(logger, exception, http.Request.Path);
            return ApiError.Web(StatusCodes.Status500InternalServerError, "Unexpected", RequestLanguage.TextOf(http.Request));
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4201, Level = LogLevel.Warning, Message = "Web request answered 503: the store is unavailable")]
        public static partial void StoreUnavailable(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 4202, Level = LogLevel.Error, Message = "Web request {Path} failed unexpectedly")]
        public static partial void Unexpected(ILogger logger, Exception exception, PathString path);
    }
}
