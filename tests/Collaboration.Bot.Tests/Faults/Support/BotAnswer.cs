using System.Text.Json;

namespace Collaboration.Bot.Tests.Faults.Support;

/// <summary>What came back for one POST to the bot: a status and body, or the transport failure instead.</summary>
internal sealed record BotAnswer(HttpStatusCode? Status, string Body, string? TransportFailure)
{
    /// <summary>The card of an invoke response (statusCode 200, an adaptive card), or null for anything else.</summary>
    public JsonNode? Card
    {
        get
        {
            if (Status != HttpStatusCode.OK || Body.Length == 0)
            {
                return null;
            }

            try
            {
                var json = JsonNode.Parse(Body);
                return (int?)json?["statusCode"] == 200 && (string?)json?["type"] == BotHost.AdaptiveCardType ? json?["value"] : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    public string CardText => Card is { } card ? CardReader.Text(card) : string.Empty;

    /// <summary>How the answer is counted in a failure message: "200", "503", or the transport error.</summary>
    public string Kind => Status is { } status ? ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture) : "no answer: " + TransportFailure;

    public string Describe() => Kind + (Body.Length > 0 ? " " + Body[..Math.Min(Body.Length, 400)] : string.Empty);
}
