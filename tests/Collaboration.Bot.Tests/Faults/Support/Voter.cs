namespace Collaboration.Bot.Tests.Faults.Support;

/// <summary>
/// One Teams user in a <see cref="VotingCrowd"/>: joins the series (the onboarding card), then picks <see cref="Choice"/>.
/// A step counts as done only when the bot's success card came back; anything else is tried again later.
/// </summary>
internal sealed class Voter(TeamsUser user, string choice)
{
    // The German texts of the bot's success cards (Onboarding.Done, Item.Saved in Strings.resx).
    private const string JoinedText = "Danke, Sie sind angemeldet";
    private const string SavedText = "Ihre Antwort ist gespeichert";

    public TeamsUser User => user;

    public string Choice => choice;

    public bool Joined { get; private set; }

    public bool Voted { get; private set; }

    /// <summary>The onboarding card's submit: stakeholder group and organisation.</summary>
    public JsonObject JoinInvoke(RemoteForum forum) =>
        (forum ?? throw new ArgumentNullException(nameof(forum))).Chat.Execute(user, "onboard", new JsonObject
        {
            ["seriesId"] = forum.SeriesId,
            ["in.group"] = "kommune",
            ["in.organisation"] = "Stadt Bernburg",
        });

    /// <summary>The poll card's submit with this voter's choice.</summary>
    public JsonObject VoteInvoke(RemoteForum forum) =>
        (forum ?? throw new ArgumentNullException(nameof(forum))).Chat.Execute(
            user, "answer", new JsonObject { ["itemId"] = forum.PollItemId, ["in.choice"] = choice });

    /// <summary>Whether an answer to <see cref="VoteInvoke"/> is the success card.</summary>
    public static bool IsSaved(BotAnswer answer) => (answer ?? throw new ArgumentNullException(nameof(answer))).CardText.Contains(SavedText, StringComparison.Ordinal);

    /// <summary>One attempt: join if needed, then vote. Every answer the bot gave is handed to <paramref name="record"/>.</summary>
    public async Task TryAsync(RemoteBot bot, RemoteForum forum, Action<BotAnswer> record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(forum);
        ArgumentNullException.ThrowIfNull(record);
        if (!Joined)
        {
            var joined = await bot.PostAsync(JoinInvoke(forum), cancellationToken);
            record(joined);
            Joined = joined.CardText.Contains(JoinedText, StringComparison.Ordinal);
            if (!Joined)
            {
                return;
            }
        }

        var voted = await bot.PostAsync(VoteInvoke(forum), cancellationToken);
        record(voted);
        Voted = IsSaved(voted);
    }
}
