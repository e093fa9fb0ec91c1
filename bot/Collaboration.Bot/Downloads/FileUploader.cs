using System.Net.Http.Headers;

namespace Collaboration.Bot.Downloads;

/// <summary>Puts a file into the OneDrive upload session that Teams opened for an accepted file consent card.</summary>
internal sealed class FileUploader(IHttpClientFactory clients, UploadHosts hosts)
{
    public const string ClientName = "teams-file-upload";

    /// <summary>Whether <paramref name="uploadUrl"/> is an upload address the bot may send a file to (see <see cref="UploadHosts"/>).</summary>
    public bool Accepts(Uri uploadUrl) => hosts.Allows(uploadUrl);

    /// <returns>Whether the upload session took the file; an address <see cref="Accepts"/> refuses gets nothing and false.</returns>
    public async Task<bool> UploadAsync(Uri uploadUrl, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uploadUrl);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfZero(content.Length);
        if (!Accepts(uploadUrl))
        {
            return false;
        }

        // One PUT with the whole range: an upload session takes up to 60 MiB per request, far above a deck's size.
        // The session URL is pre-authorised, so no bot token goes with it.
        var client = clients.CreateClient(ClientName);
        using var body = new ByteArrayContent(content);
        body.Headers.ContentLength = content.LongLength;
        body.Headers.ContentRange = new ContentRangeHeaderValue(0, content.LongLength - 1, content.LongLength);
        using var response = await client.PutAsync(uploadUrl, body, cancellationToken);
        return response.IsSuccessStatusCode;
    }
}
