namespace Collaboration.Bot.Teams;

/// <summary>
/// A request to the Bot Connector API (v3, and Teams' v1 meeting API) and the conversation it addresses, if any, read
/// from its URL; the service URL may carry a path of its own (e.g. /emea/).
/// </summary>
internal sealed record ConnectorAddress(string? ConversationId)
{
    private const string Conversations = "/v3/conversations";

    public static ConnectorAddress? Of(Uri? uri)
    {
        if (uri is not { IsAbsoluteUri: true })
        {
            return null;
        }

        var path = uri.AbsolutePath;
        var at = path.IndexOf(Conversations, StringComparison.Ordinal);
        if (at < 0)
        {
            return path.Contains("/v1/meetings/", StringComparison.Ordinal) || path.Contains("/v3/teams/", StringComparison.Ordinal) ? new ConnectorAddress((string?)null) : null;
        }

        var rest = path[(at + Conversations.Length)..].Trim('/');
        if (rest.Length == 0)
        {
            // Creating a conversation addresses no existing thread: only the tenant's budget applies.
            return new ConnectorAddress((string?)null);
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        return new ConnectorAddress(Uri.UnescapeDataString(slash < 0 ? rest : rest[..slash]));
    }
}
