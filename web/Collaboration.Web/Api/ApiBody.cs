namespace Collaboration.Web.Api;

/// <summary>
/// Reads a request's JSON object itself rather than through model binding, so that a body too large, not JSON, or not
/// an object is answered with a sentence in the request's language (400), never a framework page or a 500.
/// </summary>
internal static class ApiBody
{
    private static readonly JsonDocumentOptions Document = new() { MaxDepth = 16 };

    /// <returns>The body's object, or the refusal to answer with.</returns>
    public static async Task<(JsonObject? Body, IResult? Refusal)> ReadAsync(HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = RequestLanguage.TextOf(context.Request);
        var limit = context.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value.MaxBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            return (null, ApiError.Web(StatusCodes.Status400BadRequest, "BodyTooLarge", text));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return (null, ApiError.Web(StatusCodes.Status400BadRequest, "BodyTooLarge", text));
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            return JsonNode.Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), documentOptions: Document) is JsonObject body
                ? (body, null)
                : (null, ApiError.Web(StatusCodes.Status400BadRequest, "BadJson", text));
        }
        catch (JsonException)
        {
            return (null, ApiError.Web(StatusCodes.Status400BadRequest, "BadJson", text));
        }
    }

    /// <summary>A string field, or null when it is missing or not a string.</summary>
    public static string? String(JsonObject body, string name) =>
        body.TryGetPropertyValue(name, out var node) && node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>A whole number field, or null when it is missing, not a number, or not whole.</summary>
    public static int? Integer(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number) ? number
        : node is JsonValue real && real.GetValueKind() == JsonValueKind.Number && real.TryGetValue<double>(out var d) && d == Math.Floor(d) && Math.Abs(d) < int.MaxValue ? (int)d
        : null;
}
