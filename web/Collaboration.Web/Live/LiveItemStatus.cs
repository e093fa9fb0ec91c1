namespace Collaboration.Web.Live;

/// <summary>Reads a rendered LiveItem's "status" without building the object: a stream checks each update it forwards.</summary>
internal static class LiveItemStatus
{
    public static bool IsClosed(ReadOnlySpan<byte> liveItemJson)
    {
        var reader = new Utf8JsonReader(liveItemJson);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("status"u8))
            {
                return reader.Read() && reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("closed"u8);
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth > 0)
            {
                reader.Skip();
            }
        }

        return false;
    }
}
