using System.Globalization;
using System.Text.Json.Nodes;

namespace Collaboration.Bot.Wire;

/// <summary>The data of an Action.Execute: the ids the bot needs back when the button is pressed.</summary>
public static class CardData
{
    public const string ItemId = "itemId";
    public const string SeriesId = "seriesId";
    public const string NeedId = "needId";
    public const string Forum = "forum";
    public const string ClientKey = "clientKey";
    public const string JobId = "jobId";
    public const string ThenItemId = "thenItemId";
    public const string Subject = "subject";

    /// <summary>Set by the confirm button of a confirmation card; the rules behind it are checked again on the server.</summary>
    public const string Confirmed = "confirmed";

    /// <summary>An answer that waited for onboarding: the action's verb and data, sent again once the user has joined.</summary>
    public const string Pending = "pending";
    public const string PendingVerb = "verb";

    /// <summary>Every value is written as a string, the form in which Teams also posts input values.</summary>
    public static JsonObject Of(params (string Key, object? Value)[] pairs)
    {
        var data = new JsonObject();
        foreach (var (key, value) in pairs)
        {
            if (value is not null)
            {
                data[key] = Convert.ToString(value, CultureInfo.InvariantCulture);
            }
        }

        return data;
    }
}
