using System.Buffers;
using Collaboration.Bot.Teams;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace Collaboration.Bot.Hosting;

/// <summary>
/// The door of /api/messages: a request the adapter could not read as an activity is answered here with a 4xx and
/// never reaches the SDK, whose reader would throw (a 500) on anything but a well-formed activity. Checked: the content
/// type, the size (the whole body is buffered, so it must be bounded), that the body deserialises as the SDK will
/// deserialise it, and the fields every Teams activity carries and every turn reads.
/// </summary>
internal sealed class ActivityRequestGuard(IOptions<BotOptions> options, ILogger<ActivityRequestGuard> logger)
{
    private const int ChunkBytes = 16 * 1024;

    /// <returns>
    /// The activity, read once here and handed to the adapter as it is (reading the body a second time was a second
    /// full deserialisation per vote); or null, and the response status is already set.
    /// </returns>
    public async Task<Activity?> AdmitAsync(HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!request.HasJsonContentType())
        {
            return Refuse(context, StatusCodes.Status415UnsupportedMediaType, "not application/json");
        }

        var limit = options.Value.MaxActivityBytes;
        if (request.ContentLength > limit)
        {
            return Refuse(context, StatusCodes.Status413PayloadTooLarge, "declared length above Bot:MaxActivityBytes");
        }

        var body = await ReadBoundedAsync(request.Body, limit, cancellationToken);
        if (body is null)
        {
            return Refuse(context, StatusCodes.Status413PayloadTooLarge, "body above Bot:MaxActivityBytes");
        }

        await using (body)
        {
            var (activity, problem) = Inspect(body);
            return problem is null ? activity : Refuse(context, StatusCodes.Status400BadRequest, problem);
        }
    }

    /// <returns>The body, or null when it is longer than <paramref name="limit"/> (then the rest is not read).</returns>
    private static async Task<MemoryStream?> ReadBoundedAsync(Stream source, int limit, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        // Rented: a new 16 KiB chunk per request was an eighth of what a vote allocated.
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = await source.ReadAsync(chunk.AsMemory(0, ChunkBytes), cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    await buffer.DisposeAsync();
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <returns>The activity, or why the body is no activity the bot can answer.</returns>
    private static (Activity? Activity, string? Problem) Inspect(MemoryStream body)
    {
        Activity? activity;
        try
        {
            body.Position = 0;
            using var text = new StreamReader(body, leaveOpen: true);
            using var json = new JsonTextReader(text);
            activity = HttpHelper.BotMessageSerializer.Deserialize<Activity>(json);
        }
        catch (JsonException)
        {
            // Not JSON, not an object, or a field of the wrong shape (e.g. "attachments": "text"): what the SDK's reader would throw on.
            return (null, "not an activity");
        }

        return (activity, activity is null ? "empty body"
            : string.IsNullOrEmpty(activity.Type) ? "no type"
            : string.IsNullOrEmpty(activity.Conversation?.Id) ? "no conversation"
            : string.IsNullOrEmpty(activity.From?.Id) ? "no sender"
            : !IsServiceUrl(activity.ServiceUrl) ? "no usable serviceUrl"
            : !HasTeamsShape(activity) ? "channelData, mentions or members of the wrong shape"
            : null);
    }

    // The parts every turn reads before any handler (the tenant filter reads channelData, the message handler the
    // mentions, the member handlers the ids) are read once here, so their shape cannot fail a turn half-way. The
    // channel data stays converted with the activity (TurnChannelData), so the turn does not convert it again.
    private static bool HasTeamsShape(Activity activity)
    {
        try
        {
            _ = TurnChannelData.Of(activity);
            _ = activity.GetMentions();
        }
        catch (Exception wrongShape) when (wrongShape is JsonException or InvalidCastException or ArgumentException)
        {
            return false;
        }

        return (activity.MembersAdded ?? []).Concat(activity.MembersRemoved ?? []).All(member => !string.IsNullOrEmpty(member?.Id));
    }

    // Replies go to the serviceUrl; anything but an absolute http(s) address would fail later, inside the turn.
    private static bool IsServiceUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);

    private Activity? Refuse(HttpContext context, int status, string reason)
    {
        HostingLog.ActivityRefused(logger, status, reason);
        context.Response.StatusCode = status;
        return null;
    }
}
