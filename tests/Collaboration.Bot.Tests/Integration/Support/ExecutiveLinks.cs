namespace Collaboration.Bot.Tests.Integration.Support;

/// <summary>
/// "bericht" in a group chat posts a card without links that refreshes itself for the moderator who asked; this
/// presses that refresh the way Teams does (an adaptiveCard/action invoke with the refresh action's verb and data).
/// </summary>
public static class ExecutiveLinks
{
    public static async Task<JsonNode> ForModeratorAsync(BotHost bot, RunningForum forum)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(forum);
        var posted = Assert.Single(await forum.SayAsync(forum.Moderator, "bericht"));
        Assert.Empty(Of(posted.Card));
        var refresh = posted.Card["refresh"]!;
        Assert.Equal(forum.Moderator.Id, Assert.Single(refresh["userIds"]!.AsArray())!.GetValue<string>());
        return await bot.ExecuteAsync(forum.Chat, forum.Moderator, (string)refresh["action"]!["verb"]!, (JsonObject)refresh["action"]!["data"]!.DeepClone());
    }

    public static IReadOnlyList<Uri> Of(JsonNode card) =>
        [.. CardReader.Elements(card, "Action.OpenUrl").Select(a => new Uri((string)a["url"]!))];
}
