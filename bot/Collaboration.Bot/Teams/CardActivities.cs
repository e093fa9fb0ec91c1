using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Collaboration.Bot.Teams;

/// <summary>Wraps the project's cards into Bot Framework attachments and invoke responses.</summary>
internal static class CardActivities
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static Attachment Attachment(AdaptiveCard card) => Attachment(CardJson.Serialize(card));

    public static IMessageActivity Message(AdaptiveCard card) => Message(CardJson.Serialize(card));

    /// <summary>A message with an already serialised card, for the same card sent to several conversations.</summary>
    public static IMessageActivity Message(string cardJson) => MessageFactory.Attachment(Attachment(cardJson));

    private static Attachment Attachment(string cardJson) => new() { ContentType = ContentType, Content = JObject.Parse(cardJson) };

    /// <summary>
    /// The card goes into the response as raw JSON: the SDK writes the response with Newtonsoft, which copies a JRaw
    /// as it is. Parsing it into a JObject first only to write it out again cost every vote a second JSON round trip.
    /// </summary>
    public static AdaptiveCardInvokeResponse InvokeResponse(AdaptiveCard card) =>
        new() { StatusCode = 200, Type = ContentType, Value = new JRaw(CardJson.Serialize(card)) };
}
