using Microsoft.AspNetCore.StaticFiles;

namespace Collaboration.Bot.Downloads;

/// <summary>GET /downloads/{id}/{file}: serves a file behind a valid, unexpired signed link.</summary>
internal static class DownloadEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IEndpointRouteBuilder MapDownloadEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/downloads/{id}/{fileName}", (string id, string fileName, long? expires, string? sig, DownloadShelf shelf) =>
        {
            var found = shelf.Find(id, fileName, expires ?? 0, sig);
            if (found.Path is null)
            {
                // Plain text in both languages: the link is opened in a browser, outside any chat.
                return found.Expired
                    ? Results.Text("Dieser Link ist abgelaufen. Bitte fordern Sie die Dateien im Chat neu an.\nThis link has expired. Please ask for the files again in the chat.", statusCode: StatusCodes.Status410Gone)
                    : Results.Text("Diese Datei gibt es nicht.\nThere is no such file.", statusCode: StatusCodes.Status404NotFound);
            }

            var contentType = ContentTypes.TryGetContentType(found.Path, out var type) ? type : "application/octet-stream";
            return Results.File(found.Path, contentType, Path.GetFileName(found.Path));
        });
        return endpoints;
    }
}
