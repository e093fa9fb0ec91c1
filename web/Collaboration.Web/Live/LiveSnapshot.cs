namespace Collaboration.Web.Live;

/// <summary>The contract's results snapshot: {forum:{number,title} or null, items:[LiveItem]}, the items as rendered.</summary>
internal static class LiveSnapshot
{
    public static async Task WriteAsync(HttpResponse response, Forum? forum, IReadOnlyList<ReadOnlyMemory<byte>> items, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(items);
        response.ContentType = "application/json; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        await using var json = new Utf8JsonWriter(response.BodyWriter);
        json.WriteStartObject();
        if (forum is null)
        {
            json.WriteNull("forum");
        }
        else
        {
            json.WriteStartObject("forum");
            json.WriteNumber("number", forum.Number);
            json.WriteString("title", forum.Title.In(language));
            json.WriteEndObject();
        }

        json.WriteStartArray("items");
        foreach (var item in items)
        {
            json.WriteRawValue(item.Span, skipInputValidation: true);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }
}
