namespace Collaboration.Bot.Downloads;

/// <summary>GET /downloads/{id}/{file}: serves a file behind a valid, unexpired signed link.</summary>
internal static class DownloadEndpoints
{
    public static IEndpointRouteBuilder MapDownloadEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/downloads/{id}/{fileName}", async (HttpResponse response, string id, string fileName, long? expires, string? sig, SignedDownloads shelf,
            CancellationToken cancellationToken) =>
        {
            // A signed link is a bearer token for an executive's file: no cache (browser, proxy) may keep the answer,
            // and the browser saves the file rather than rendering or guessing at it.
            response.Headers.CacheControl = "no-store";
            response.Headers.XContentTypeOptions = "nosniff";
            var found = await shelf.FindAsync(id, fileName, expires ?? 0, sig, cancellationToken);
            if (found.File is not { } file)
            {
                // Plain text in both languages: the link is opened in a browser, outside any chat.
                return found.Expired
                    ? Results.Text("Dieser Link ist abgelaufen. Bitte fordern Sie die Dateien im Chat neu an.\nThis link has expired. Please ask for the files again in the chat.", statusCode: StatusCodes.Status410Gone)
                    : Results.Text("Diese Datei gibt es nicht.\nThere is no such file.", statusCode: StatusCodes.Status404NotFound);
            }

            // With a download name, Results.File answers "Content-Disposition: attachment".
            return Results.File(file.Content, file.ContentType, fileDownloadName: file.FileName);
        });
        return endpoints;
    }
}
