using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Collaboration.GraphSync.Graph;

/// <summary>
/// Puts files into the configured drive, replacing what is there. Small files take one PUT; large ones an upload
/// session whose chunks resume from the server's nextExpectedRanges when a connection drops, so a reset never
/// re-sends what Graph already has nor leaves a gap.
/// Returns the driveItem's webUrl from Graph's answer (null if Graph sent none), the link that opens the file.
/// </summary>
internal sealed partial class DriveUploader(GraphClients clients, IOptions<GraphSyncOptions> options, ILogger<DriveUploader> logger)
{
    /// <summary>Resumes per file before the job gives up and the worker retries it later with a new session.</summary>
    private const int MaxResumes = 10;

    private static readonly Dictionary<string, ParsableFactory<IParsable>> Errors = new(StringComparer.Ordinal)
    {
        ["XXX"] = ODataError.CreateFromDiscriminatorValue,
    };

    public async Task<Uri?> UploadAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var webUrl = content.Length <= options.Value.SimpleUploadLimit
            ? await PutAsync(path, content, cancellationToken)
            : await UploadInChunksAsync(path, content, cancellationToken);
        return Uri.TryCreate(webUrl, UriKind.Absolute, out var link) ? link : null;
    }

    private async Task<string?> PutAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(content, writable: false);
        var request = Root.ItemWithPath(path).Content.ToPutRequestInformation(stream);
        // The generated builder has no conflictBehavior parameter; replace is what a re-archive means.
        request.URI = new Uri(request.URI + "?@microsoft.graph.conflictBehavior=replace");
        var item = await clients.Graph.RequestAdapter.SendAsync(request, DriveItem.CreateFromDiscriminatorValue, Errors, cancellationToken);
        Log.Uploaded(logger, path, content.Length, 1);
        return item?.WebUrl;
    }

    private async Task<string?> UploadInChunksAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        var body = new CreateUploadSessionPostRequestBody
        {
            Item = new DriveItemUploadableProperties
            {
                AdditionalData = new Dictionary<string, object> { ["@microsoft.graph.conflictBehavior"] = "replace" },
            },
        };
        var session = await Root.ItemWithPath(path).CreateUploadSession.PostAsync(body, cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException("Graph answered createUploadSession without a session.");
        var uploadUrl = new Uri(session.UploadUrl ?? throw new InvalidOperationException("Graph's upload session has no uploadUrl."));

        long offset = 0;
        var chunks = 0;
        var resumes = 0;
        while (true)
        {
            var length = (int)Math.Min(options.Value.ChunkSize, content.Length - offset);
            using var request = new HttpRequestMessage(HttpMethod.Put, uploadUrl) { Content = new ByteArrayContent(content, (int)offset, length) };
            request.Content.Headers.ContentRange = new ContentRangeHeaderValue(offset, offset + length - 1, content.Length);
            HttpResponseMessage response;
            try
            {
                response = await clients.Uploads.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException error) when (resumes < MaxResumes && !cancellationToken.IsCancellationRequested)
            {
                // The chunk may or may not have arrived; only the server knows where to go on.
                resumes++;
                offset = await NextExpectedAsync(uploadUrl, cancellationToken);
                Log.Resumed(logger, path, offset, error.Message);
                continue;
            }

            using (response)
            {
                chunks++;
                if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
                {
                    Log.Uploaded(logger, path, content.Length, chunks);
                    // The last chunk's answer is the driveItem.
                    return (await response.Content.ReadFromJsonAsync<UploadedItem>(cancellationToken))?.WebUrl;
                }

                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    var status = await response.Content.ReadFromJsonAsync<UploadStatus>(cancellationToken);
                    offset = FirstExpected(status);
                    continue;
                }

                if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable && resumes < MaxResumes)
                {
                    resumes++;
                    offset = await NextExpectedAsync(uploadUrl, cancellationToken);
                    continue;
                }

                throw new HttpRequestException(
                    $"Upload chunk of {path} failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}",
                    inner: null, response.StatusCode);
            }
        }
    }

    private Microsoft.Graph.Drives.Item.Root.RootRequestBuilder Root => clients.Graph.Drives[options.Value.DriveId].Root;

    private async Task<long> NextExpectedAsync(Uri uploadUrl, CancellationToken cancellationToken)
    {
        using var response = await clients.Uploads.GetAsync(uploadUrl, cancellationToken);
        response.EnsureSuccessStatusCode();
        return FirstExpected(await response.Content.ReadFromJsonAsync<UploadStatus>(cancellationToken));
    }

    // "nextExpectedRanges": ["26214400-"] or ["0-1023", "2048-"]: the first range's start is where to go on.
    private static long FirstExpected(UploadStatus? status)
    {
        var first = status?.NextExpectedRanges is [var range, ..] ? range
            : throw new InvalidOperationException("Graph's upload status names no expected range.");
        return long.Parse(first.AsSpan(0, first.IndexOf('-', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed record UploadStatus(IReadOnlyList<string>? NextExpectedRanges);

    private sealed record UploadedItem(string? WebUrl);

    // Events without an EventId get one derived from their name: EventName keeps the name, and so the id, they had
    // before they moved into Log.
    private static partial class Log
    {
        [LoggerMessage(EventName = "LogUploaded", Level = LogLevel.Information, Message = "Uploaded {Path} ({Bytes} bytes in {Requests} request(s))")]
        public static partial void Uploaded(ILogger logger, string path, long bytes, int requests);

        [LoggerMessage(EventName = "LogResumed", Level = LogLevel.Warning, Message = "Upload of {Path} resumes at byte {Offset} after a dropped request: {Reason}")]
        public static partial void Resumed(ILogger logger, string path, long offset, [PersonalData] string reason);
    }
}
