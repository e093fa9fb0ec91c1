
namespace Collaboration.Bot.Tests.Integration.Support;

/// <summary>
/// A running forum whose chat has <c>size</c> members in the fake connector's roster, some of whom Teams will not let
/// the bot reach; and the checks of what the private fan-out delivered to them.
/// </summary>
public sealed class FanOutTeam
{
    public const string Item = "bedeutung";

    /// <summary>Fast polling and quick retries; a stopping host hands its claims back, so the next one need not wait for leases.</summary>
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["FanOut:PollInterval"] = "00:00:00.100",
        ["FanOut:LeaseDuration"] = "00:00:30",
        ["FanOut:RetryBaseDelay"] = "00:00:00.100",

        // A reminder follows the send within seconds here; the interval has tests of its own.
        ["FanOut:MinimumRepeatInterval"] = "00:00:00",
    };

    private FanOutTeam(RunningForum forum, IReadOnlyList<TeamsUser> members, IReadOnlyList<TeamsUser> unreachable)
    {
        Forum = forum;
        Members = members;
        Unreachable = unreachable;
    }

    public RunningForum Forum { get; }

    public IReadOnlyList<TeamsUser> Members { get; }

    public IReadOnlyList<TeamsUser> Unreachable { get; }

    public IEnumerable<TeamsUser> Reachable => Members.Except(Unreachable);

    /// <summary>Starts forum 1 in a new chat of <paramref name="size"/> members; every 60th cannot be reached (alternately 403 and 404).</summary>
    public static async Task<FanOutTeam> StartAsync(BotHost bot, int size)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var forum = await RunningForum.StartAsync(bot);
        var members = Enumerable.Range(1, size).Select(i => TeamsUser.Create($"Mitglied {i:D4}")).ToList();
        bot.Connector.AddMembers(forum.Chat.ConversationId, members.Select(m => new ConnectorMember(m.Id, m.Name, m.AadObjectId)));
        var unreachable = members.Where((_, i) => i % 60 == 59).ToList();
        for (var i = 0; i < unreachable.Count; i++)
        {
            bot.Connector.MakeUnreachable(unreachable[i].Id, i % 2 == 0 ? System.Net.HttpStatusCode.Forbidden : System.Net.HttpStatusCode.NotFound);
        }

        return new FanOutTeam(forum, members, unreachable);
    }

    /// <summary>Waits for the moderator's summary card whose title starts with <paramref name="title"/> and returns its text.</summary>
    public async Task<string> WaitForSummaryAsync(BotHost bot, string title, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var posted = await bot.Connector.WaitForAsync(
            a => a.ConversationId == Forum.Chat.ConversationId && a.Operation is ConnectorOperation.Send or ConnectorOperation.Reply
                && BotHost.Cards(a.Activity.GetRawText()).Any(c => CardReader.Text(c).Contains(title, StringComparison.Ordinal)),
            1,
            timeout);
        return CardReader.Text(BotHost.Cards(posted[0].Activity.GetRawText())[0]);
    }

    /// <summary>How many cards each member got in their personal chat (0 when the chat was never created).</summary>
    public IReadOnlyDictionary<TeamsUser, int> CardsReceived(BotHost bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return Members.ToDictionary(m => m, m => bot.Connector.PersonalConversationOf(m.Id) is { } chat ? bot.Connector.SendsTo(chat) : 0);
    }

    /// <summary>The member joins the series and rates the item, both from their personal chat with the bot.</summary>
    public async Task AnswerPrivatelyAsync(BotHost bot, TeamsUser member, int rating)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(member);
        var personal = Personal(bot, member);
        await bot.InvokeAsync(personal, personal.Execute(member, "onboard", new JsonObject
        {
            ["seriesId"] = Forum.SeriesId,
            ["in.group"] = "kommune",
            ["in.organisation"] = "Stadt Staßfurt",
        }));
        var saved = await bot.InvokeAsync(personal, personal.Execute(member, "answer", new JsonObject
        {
            ["itemId"] = Forum.ItemId(Item),
            ["in.rating"] = rating.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        Assert.Contains("gespeichert", CardReader.Text(saved), StringComparison.OrdinalIgnoreCase);
    }

    public static TeamsActivities Personal(BotHost bot, TeamsUser member)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(member);
        var chat = bot.Connector.PersonalConversationOf(member.Id) ?? throw new Xunit.Sdk.XunitException($"{member.Name} has no personal chat with the bot.");
        return new TeamsActivities(bot.Connector.ServiceUrl, chat, personal: true);
    }

    /// <summary>Every distinct card the connector received passes the Adaptive Cards SDK (300 copies of one card are checked once).</summary>
    public static async Task AssertDistinctCardsValidAsync(BotHost bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var cards = bot.Connector.ReceivedActivities.SelectMany(a => BotHost.Cards(a.Activity.GetRawText())).Select(c => c.ToJsonString()).Distinct().ToList();
        var problems = await AdaptiveCardValidator.ValidateAsync(cards);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
