namespace Collaboration.Fakes.Graph;

/// <summary>Upload sessions: creation, chunk PUTs with Content-Range and nextExpectedRanges, and the status GET.</summary>
public sealed partial class FakeGraphService
{
    private Task CreateSessionAsync(HttpContext context, string drive, string path)
    {
        string id;
        lock (_gate)
        {
            id = Guid.NewGuid().ToString("N");
            _sessions[id] = new UploadSession(drive, path);
        }

        return JsonAsync(context, 200, new Dictionary<string, object>
        {
            ["@odata.context"] = $"{BaseUrl}/$metadata#microsoft.graph.uploadSession",
            ["uploadUrl"] = $"{Origin}/upload/{id}",
            ["expirationDateTime"] = "2030-01-01T00:00:00Z",
            ["nextExpectedRanges"] = FromStart,
        });
    }

    private Task UploadChunkAsync(HttpContext context, string id, byte[] chunk)
    {
        UploadSession? session;
        lock (_gate)
        {
            session = _sessions.GetValueOrDefault(id);
        }

        if (session is null)
        {
            return ErrorAsync(context, 404, "itemNotFound", "The upload session was not found.");
        }

        var range = ContentRange().Match(context.Request.Headers.ContentRange.ToString());
        if (!range.Success)
        {
            return ErrorAsync(context, 400, "invalidRequest", "Content-Range is missing or malformed.");
        }

        var (from, to, total) = (long.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture), long.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture),
            long.Parse(range.Groups[3].Value, CultureInfo.InvariantCulture));
        lock (_gate)
        {
            if (to - from + 1 != chunk.Length)
            {
                return ErrorAsync(context, 400, "invalidRequest", "Content-Range does not match the body length.");
            }

            if (to + 1 < total && chunk.Length % ChunkMultiple != 0)
            {
                return ErrorAsync(context, 400, "invalidRequest", "The fragment size must be a multiple of 320 KiB.");
            }

            if (from != session.Received.Length)
            {
                return ErrorAsync(context, 416, "invalidRange", $"Expected the fragment starting at {session.Received.Length}.");
            }

            session.Received.Write(chunk);
            if (session.Received.Length < total)
            {
                return JsonAsync(context, 202, new { expirationDateTime = "2030-01-01T00:00:00Z", nextExpectedRanges = new[] { $"{session.Received.Length}-" } });
            }

            _sessions.Remove(id);
        }

        var (created, item) = StoreFile(session.Drive, session.Path, session.Received.ToArray());
        return JsonAsync(context, created ? 201 : 200, item);
    }

    private Task UploadStatusAsync(HttpContext context, string id)
    {
        lock (_gate)
        {
            if (_sessions.GetValueOrDefault(id) is not { } session)
            {
                return ErrorAsync(context, 404, "itemNotFound", "The upload session was not found.");
            }

            return JsonAsync(context, 200, new { expirationDateTime = "2030-01-01T00:00:00Z", nextExpectedRanges = new[] { $"{session.Received.Length}-" } });
        }
    }
}
