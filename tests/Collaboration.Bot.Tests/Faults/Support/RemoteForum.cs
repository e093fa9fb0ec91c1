namespace Collaboration.Bot.Tests.Faults.Support;

/// <summary>A group chat on a <see cref="RemoteBot"/> whose moderator created the built-in series and started forum 1; its item cards by key.</summary>
internal sealed record RemoteForum(TeamsActivities Chat, TeamsUser Moderator, string SeriesId, IReadOnlyDictionary<string, PostedCard> Items)
{
    /// <summary>The named single-choice item of forum 1: its stored answers carry the participant, so each voter's vote can be checked.</summary>
    public const string PollKey = "rolle-zentrum";

    public PostedCard Poll => Items[PollKey];

    public string PollItemId => Poll.ItemId!;

    public static IReadOnlyList<string> PollChoices { get; } = [.. BuiltInSeries.Item(1, PollKey).Choices.Select(c => c.Key!)];

    public static async Task<RemoteForum> StartAsync(RemoteBot bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var chat = bot.NewChat();
        var moderator = TeamsUser.Create("Maria Moderatorin");
        var created = await bot.SayAsync(chat, moderator, "serie anlegen " + BuiltInSeries.Name);
        var started = await bot.SayAsync(chat, moderator, "forum starten 1");
        var (seriesId, items) = BuiltInSeries.ReadForumOne(created, started);
        return new RemoteForum(chat, moderator, seriesId, items);
    }
}
