using System.Text.Json;
using Collaboration.Bot.Downloads;

namespace Collaboration.Bot.Interaction;

/// <summary>
/// The signed claim to a shelved file that a file consent card carries as its context. It comes back in the accept
/// invoke from the client, so it is only a claim: the shelf checks the signature and expiry before any byte moves.
/// </summary>
internal sealed record FileClaim(string Shelf, string File, long Expires, string Signature)
{
    public static FileClaim Of(ShelvedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new FileClaim(file.Id, file.FileName, file.Expires, file.Signature);
    }

    public JsonObject ToJson() => new() { ["shelf"] = Shelf, ["file"] = File, ["expires"] = Expires, ["sig"] = Signature };

    /// <returns>The claim, or null when the context is not one the bot wrote (missing fields, wrong types, not JSON).</returns>
    public static FileClaim? TryRead(string? contextJson)
    {
        if (string.IsNullOrWhiteSpace(contextJson))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(contextJson) is JsonObject json
                && json["shelf"] is JsonValue shelf && shelf.TryGetValue<string>(out var id)
                && json["file"] is JsonValue file && file.TryGetValue<string>(out var name)
                && json["expires"] is JsonValue expires && expires.TryGetValue<long>(out var until)
                && json["sig"] is JsonValue sig && sig.TryGetValue<string>(out var signature)
                ? new FileClaim(id, name, until, signature)
                : null;
        }
        catch (JsonException)
        {
            // Not JSON at all: a forged or damaged context, refused like any other wrong claim.
            return null;
        }
    }
}
