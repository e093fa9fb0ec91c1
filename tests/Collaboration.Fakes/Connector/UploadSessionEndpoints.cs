using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Collaboration.Fakes.Connector;

/// <summary>
/// OneDrive upload sessions as Teams hands them to a bot in a file consent accept: a pre-authorised URL that takes
/// the file with PUT and a Content-Range header, answering 201 with the drive item when the last byte arrived.
/// </summary>
internal static class UploadSessionEndpoints
{
    public const string Prefix = "upload-sessions/";

    public static void MapUploadSessions(this IEndpointRouteBuilder app, ConcurrentQueue<ReceivedUpload> uploads)
    {
        app.MapPut("/" + Prefix + "{session}", async (string session, HttpRequest request, CancellationToken cancellationToken) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, cancellationToken);
            var range = request.Headers.ContentRange.FirstOrDefault();
            uploads.Enqueue(new ReceivedUpload(session, range, body.ToArray()));
            return range is null
                ? Results.Json(new { error = new { code = "invalidRequest", message = "Content-Range is required." } }, statusCode: StatusCodes.Status400BadRequest)
                : Results.Json(new { id = session, size = body.Length }, statusCode: StatusCodes.Status201Created);
        });
    }
}
