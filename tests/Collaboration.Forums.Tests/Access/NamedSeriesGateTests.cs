using Collaboration.Forums.Access;
using Collaboration.Forums.Ports;

namespace Collaboration.Forums.Tests.Access;

/// <summary>
/// The gate's reach without a conversation (the Office add-in): a series named by id, for its moderators only, by the
/// same rule as in chats; a series the person may not see is refused exactly like one that does not exist.
/// </summary>
public sealed class NamedSeriesGateTests
{
    private static readonly UserRef Maria = new("6f1c2a44-5d1e-4c3b-9a0e-1b2c3d4e5f60", "Maria Moderatorin");
    private static readonly UserRef Otto = new("0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d", "Otto Anderer");
    private static readonly UserRef Karl = new("11111111-2222-4333-8444-555555555555", "Karl Konfiguriert");
    private static readonly UserRef Ada = new("99999999-8888-4777-8666-555555555555", "Ada Admin");

    private readonly InMemoryForumStore _store = new();

    [Fact]
    public async Task The_moderator_of_a_named_series_passes_without_a_conversation()
    {
        var series = await AddSeriesAsync(Maria.Id);

        var granted = await Gate().CheckAsync(ActionKind.AddinResults, Actor.WithoutConversation(Maria), new ClaimedIds(series.Id), CancellationToken.None);

        Assert.True(granted.Succeeded);
        Assert.Equal(series.Id, granted.Value.RequiredSeries.Id);
        Assert.True(granted.Value.IsModerator);
    }

    [Fact]
    public async Task Another_moderators_series_and_a_series_that_does_not_exist_are_refused_alike()
    {
        var ottos = await AddSeriesAsync(Otto.Id);
        var gate = Gate();

        var other = await gate.CheckAsync(ActionKind.AddinResults, Actor.WithoutConversation(Maria), new ClaimedIds(ottos.Id), CancellationToken.None);
        var missing = await gate.CheckAsync(ActionKind.AddinResults, Actor.WithoutConversation(Maria), new ClaimedIds(Guid.NewGuid()), CancellationToken.None);
        var unnamed = await gate.CheckAsync(ActionKind.AddinResults, Actor.WithoutConversation(Maria), ClaimedIds.None, CancellationToken.None);

        Assert.Equal(RejectionCode.SeriesNotVisible, other.Rejection!.Code);
        Assert.Equal(other.Rejection!.Code, missing.Rejection!.Code);
        Assert.Equal(other.Rejection!.Code, unnamed.Rejection!.Code);
        Assert.Empty(other.Rejection!.Arguments);
    }

    [Fact]
    public async Task An_item_of_another_series_is_refused_to_the_moderator_as_not_found()
    {
        var ours = await AddSeriesAsync(Maria.Id);
        var theirs = await AddSeriesAsync(Maria.Id);
        var foreign = theirs.Forums[0].Items[0].Id;

        var refused = await Gate().CheckAsync(ActionKind.AddinResults, Actor.WithoutConversation(Maria),
            new ClaimedIds(ours.Id, [ours.Forums[0].Items[0].Id, foreign]), CancellationToken.None);

        Assert.Equal(RejectionCode.ItemNotFound, refused.Rejection!.Code);
        Assert.Equal(foreign.ToString("D"), refused.Rejection!.Arguments[0]);
    }

    [Fact]
    public async Task Someone_who_does_not_moderate_the_series_learns_nothing_about_its_items()
    {
        var ottos = await AddSeriesAsync(Otto.Id);

        var refused = await Gate().CheckAsync(ActionKind.AddinResults, Actor.WithoutConversation(Maria),
            new ClaimedIds(ottos.Id, [Guid.NewGuid()]), CancellationToken.None);

        Assert.Equal(RejectionCode.SeriesNotVisible, refused.Rejection!.Code);
    }

    [Fact]
    public async Task Configured_moderators_and_administrators_reach_every_series_and_the_list_shows_them_all()
    {
        var ottos = await AddSeriesAsync(Otto.Id, createdAt: Build.Now);
        var marias = await AddSeriesAsync(Maria.Id, createdAt: Build.Now.AddDays(1));
        var gate = Gate();

        foreach (var user in new[] { Karl, Ada })
        {
            var granted = await gate.CheckAsync(ActionKind.AddinResults, Actor.WithoutConversation(user), new ClaimedIds(ottos.Id), CancellationToken.None);
            Assert.True(granted.Succeeded, user.Name);
            Assert.Equal([marias.Id, ottos.Id], (await Listing().ListAsync(user, CancellationToken.None)).Select(s => s.Id));
        }

        Assert.Equal([marias.Id], (await Listing().ListAsync(Maria, CancellationToken.None)).Select(s => s.Id));
        Assert.Empty(await Listing().ListAsync(new UserRef(Guid.NewGuid().ToString("D"), "Niemand"), CancellationToken.None));
    }

    [Fact]
    public async Task An_object_id_matches_its_moderator_entry_whatever_the_case_of_its_letters()
    {
        var series = await AddSeriesAsync(Maria.Id.ToUpperInvariant());

        var granted = await Gate().CheckAsync(ActionKind.AddinResults, Actor.WithoutConversation(Maria), new ClaimedIds(series.Id), CancellationToken.None);

        Assert.True(granted.Succeeded);
    }

    [Fact]
    public async Task A_moderator_recorded_under_a_Teams_id_is_not_reached_with_an_object_id_and_fails_closed()
    {
        // A client that sent no object id left the Teams id as the creator; a token only ever carries the object id.
        var series = await AddSeriesAsync("29:1AbCdEfGhIjKlMnOpQrStUvWxYz");

        var refused = await Gate().CheckAsync(ActionKind.AddinResults, Actor.WithoutConversation(Maria), new ClaimedIds(series.Id), CancellationToken.None);

        Assert.Equal(RejectionCode.SeriesNotVisible, refused.Rejection!.Code);
        Assert.Empty(await Listing().ListAsync(Maria, CancellationToken.None));
    }

    [Theory]
    [InlineData(ActionKind.Console)]
    [InlineData(ActionKind.Status)]
    [InlineData(ActionKind.CreateSeries)]
    [InlineData(ActionKind.FanOut)]
    public async Task Without_a_conversation_no_chat_action_passes_not_even_for_an_administrator(ActionKind kind)
    {
        var series = await AddSeriesAsync(Ada.Id);

        var refused = await Gate().CheckAsync(kind, Actor.WithoutConversation(Ada), new ClaimedIds(series.Id), CancellationToken.None);
        var unnamed = await Gate().CheckAsync(kind, Actor.WithoutConversation(Ada), ClaimedIds.None, CancellationToken.None);

        Assert.Equal(RejectionCode.NoSeriesHere, refused.Rejection!.Code);
        Assert.Equal(RejectionCode.NoSeriesHere, unnamed.Rejection!.Code);
    }

    [Fact]
    public async Task The_add_in_counts_against_its_own_limit_per_user()
    {
        var series = await AddSeriesAsync(Maria.Id);
        var gate = Gate(new ActionLimitOptions { Addin = new ActionWindow { Permits = 2, Window = TimeSpan.FromHours(1) } });
        var claims = new ClaimedIds(series.Id);

        await gate.CheckAsync(ActionKind.AddinSeries, Actor.WithoutConversation(Maria), ClaimedIds.None, CancellationToken.None);
        var second = await gate.CheckAsync(ActionKind.AddinResults, Actor.WithoutConversation(Maria), claims, CancellationToken.None);
        var third = await gate.CheckAsync(ActionKind.AddinResults, Actor.WithoutConversation(Maria), claims, CancellationToken.None);
        var someoneElse = await gate.CheckAsync(ActionKind.AddinSeries, Actor.WithoutConversation(Otto), ClaimedIds.None, CancellationToken.None);

        Assert.True(second.Succeeded);
        Assert.Equal(RejectionCode.TooManyRequests, third.Rejection!.Code);
        Assert.True(someoneElse.Succeeded);
    }

    private AccessGate Gate(ActionLimitOptions? limits = null) =>
        new(new ConversationScope(_store, Unreachable<IConversationStore>.Create(), Unreachable<IFanOutStore>.Create()), Rule(),
            new ActionLimiter(limits ?? new ActionLimitOptions()), Unreachable<IMeetingRoles>.Create());

    private ModeratedSeries Listing() => new(_store, Rule());

    private static ModeratorRule Rule()
    {
        var options = new ModerationOptions();
        options.ModeratorIds.Add(Karl.Id);
        options.AdministratorIds.Add(Ada.Id);
        return new ModeratorRule(options);
    }

    private async Task<ForumSeries> AddSeriesAsync(string createdBy, DateTimeOffset? createdAt = null)
    {
        var item = Build.Item(new SingleChoiceSpec(Build.Choices("ja", "nein")), key: "frage");
        var series = new ForumSeries(Guid.NewGuid(), new LocalizedText("Reihe"), null, createdBy, createdAt ?? Build.Now, [], [],
            [new Forum(Guid.NewGuid(), 1, new LocalizedText("Forum 1"), null, ForumStatus.Open, [item])], []);
        await _store.AddSeriesAsync(series, CancellationToken.None);
        return series;
    }
}
