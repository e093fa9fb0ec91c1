using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Collaboration.Bot.Baseline;

/// <summary>Answers every Action.Execute with the same card: the SDK's own cost of an invoke, with no storage and no logic.</summary>
internal sealed class FixedCardBot : TeamsActivityHandler
{
    private static readonly JObject Card = new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JArray(new JObject { ["type"] = "TextBlock", ["text"] = "Danke, Ihre Antwort ist gespeichert.", ["wrap"] = true }),
    };

    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken) =>
        Task.FromResult(new AdaptiveCardInvokeResponse { StatusCode = 200, Type = "application/vnd.microsoft.card.adaptive", Value = Card.DeepClone() });
}
