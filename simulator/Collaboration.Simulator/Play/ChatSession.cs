using System.Net;
using Collaboration.Fakes.Connector;

namespace Collaboration.Simulator.Play;

/// <summary>
/// The group chat as the simulator takes part in it: messages and card clicks go to the bot's endpoint, the cards
/// the bot posts come back through the fake Bot Connector.
/// </summary>
internal sealed class ChatSession(BotEndpoint endpoint, FakeConnectorService connector, TeamsActivities chat, Ledger ledger)
{
    public Ledger Ledger => ledger;

    /// <summary>
    /// Sends a command (with the @mention Teams requires in group chats) and returns the cards the bot posted into
    /// the chat in answer; the adapter sends a message turn's replies before it answers the POST.
    /// </summary>
    public async Task<IReadOnlyList<(string ActivityId, CardForm Card)>> SayAsync(TeamsUser from, string command, CancellationToken cancellationToken)
    {
        var before = connector.ReceivedActivities.Count;
        ledger.Sent();
        var answer = await endpoint.PostAsync(chat.Mention(from, command), cancellationToken);
        if (answer.Status is not (HttpStatusCode.OK or HttpStatusCode.Accepted))
        {
            throw new InvalidOperationException($"'{command}' was answered {(int)answer.Status} {answer.Failure}");
        }

        return [.. connector.ReceivedActivities.Skip(before)
            .Where(a => a.ConversationId == chat.ConversationId && a.Operation is ConnectorOperation.Send or ConnectorOperation.Reply)
            .SelectMany(a => Cards(a).Select(card => (a.ActivityId, CardForm.Read(card))))];
    }

    /// <summary>Presses a button as <paramref name="from"/>; the card the bot answers with (it replaces the clicked one for that user), or null on failure.</summary>
    public async Task<CardForm?> ExecuteAsync(TeamsUser from, string verb, JsonObject data, CancellationToken cancellationToken)
    {
        ledger.Sent();
        var answer = await endpoint.PostAsync(chat.Execute(from, verb, data), cancellationToken);
        if (answer.Card is { } card)
        {
            return CardForm.Read(card);
        }

        ledger.Failed($"{verb} by {from.Name}: HTTP {(int)answer.Status} {answer.Failure ?? answer.Body?.ToJsonString()}");
        return null;
    }

    private static IEnumerable<JsonNode> Cards(ReceivedActivity activity) =>
        JsonNode.Parse(activity.Activity.GetRawText())?["attachments"] is JsonArray attachments
            ? attachments.Where(a => (string?)a?["contentType"] == "application/vnd.microsoft.card.adaptive" && a?["content"] is not null)
                .Select(a => a!["content"]!)
            : [];
}
