namespace Collaboration.Bot.Tests.Integration.Support;

/// <summary>A chat whose moderator has created the built-in series and started forum 1; its item cards by template key.</summary>
public sealed class RunningForum(BotHost bot, TeamsActivities chat, TeamsUser moderator, string seriesId, IReadOnlyDictionary<string, PostedCard> items)
{
    public TeamsActivities Chat => chat;

    public TeamsUser Moderator => moderator;

    public string SeriesId => seriesId;

    public PostedCard Item(string key) => items[key];

    public string ItemId(string key) => items[key].ItemId!;

    /// <summary>Set up in German, since the items are found by their German prompts; use <see cref="TeamsActivities.InLocale"/> for other clients.</summary>
    public static Task<RunningForum> StartAsync(BotHost bot) => StartAsync(bot, bot?.NewChat() ?? throw new ArgumentNullException(nameof(bot)));

    /// <summary>As <see cref="StartAsync(BotHost)"/>, in a chat of the test's choosing (a personal chat, say), by a given moderator.</summary>
    public static async Task<RunningForum> StartAsync(BotHost bot, TeamsActivities chat, TeamsUser? moderator = null)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(chat);
        moderator ??= TeamsUser.Create("Maria Moderatorin");
        var created = await bot.SayAsync(chat, moderator, "serie anlegen " + BuiltInSeries.Name);
        var started = await bot.SayAsync(chat, moderator, "forum starten 1");
        var (seriesId, items) = BuiltInSeries.ReadForumOne(created, started);
        return new RunningForum(bot, chat, moderator, seriesId, items);
    }

    /// <summary>The same forum (chat, moderator, posted items) reached through another host, e.g. one started on a restored backup.</summary>
    public RunningForum Through(BotHost other) => new(other, chat, moderator, seriesId, items);

    /// <summary>A participant fills in the onboarding card (group "kommune", organisation "Stadt Bernburg").</summary>
    public Task<JsonNode> OnboardAsync(TeamsUser user) => OnboardAsync(user, "kommune");

    /// <summary>As <see cref="OnboardAsync(TeamsUser)"/>, for the stakeholder group <paramref name="group"/>.</summary>
    public Task<JsonNode> OnboardAsync(TeamsUser user, string group) =>
        bot.ExecuteAsync(chat, user, "onboard", new JsonObject
        {
            ["seriesId"] = seriesId,
            ["in.group"] = group,
            ["in.organisation"] = "Stadt Bernburg",
        });

    public JsonObject RatingInvoke(TeamsUser user, string key, int rating) =>
        chat.Execute(user, "answer", new JsonObject { ["itemId"] = ItemId(key), ["in.rating"] = rating.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public Task<JsonNode> RateAsync(TeamsUser user, string key, int rating) => bot.InvokeAsync(chat, RatingInvoke(user, key, rating));

    public Task<JsonNode> SubmitNeedAsync(TeamsUser user, string needText, string topic = "smart-mobility") =>
        bot.ExecuteAsync(chat, user, "submitNeed", new JsonObject
        {
            ["itemId"] = ItemId("bedarfe"),
            ["clientKey"] = Guid.NewGuid().ToString("N"),
            ["in.needKind"] = "Need",
            ["in.needTopic"] = topic,
            ["in.needText"] = needText,
        });

    public Task<IReadOnlyList<PostedCard>> SayAsync(TeamsUser user, string text) => bot.SayAsync(chat, user, text);
}
