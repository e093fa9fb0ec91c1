using Collaboration.Forums.Outbox;

namespace Collaboration.Forums.Tests.Application;

public sealed class ForumUseCaseTests
{
    private static readonly UserRef Moderator = new("moderator", "Moderatorin");
    private readonly InMemoryForumStore _store = new();
    private readonly FakeTimeProvider _time = new(Build.Now);
    private readonly ForumUseCases _service;

    public ForumUseCaseTests() => _service = new ForumUseCases(_store, new RespondentKeys(new byte[32]), new ModerationOptions { AnyoneMayCreateSeries = true }, _time);

    private async Task<ForumSeries> CreateAsync()
    {
        var created = await _service.Moderation.CreateSeriesAsync(SeriesTemplates.ReadBuiltIn("rdz-salzlandkreis")!, Moderator, CancellationToken.None);
        Assert.True(created.Succeeded, created.Rejection?.ToString());
        return created.Value;
    }

    private async Task<UserRef> OnboardAsync(ForumSeries series, string id, string group = "kommune")
    {
        var user = new UserRef(id, "Person " + id);
        Assert.True((await _service.Participation.OnboardAsync(series.Id, user, group, "Stadt " + id, null, CancellationToken.None)).Succeeded);
        return user;
    }

    [Fact]
    public async Task Series_items_participants_and_needs_take_their_ids_from_the_injected_source()
    {
        var useCases = new ForumUseCases(_store, new RespondentKeys(new byte[32]), new ModerationOptions { AnyoneMayCreateSeries = true }, _time, ids: new CountingIds());
        var series = (await useCases.Moderation.CreateSeriesAsync(SeriesTemplates.ReadBuiltIn("rdz-salzlandkreis")!, Moderator, CancellationToken.None)).Value!;
        await useCases.Moderation.StartForumAsync(series.Id, 1, Moderator, CancellationToken.None);
        var anna = new UserRef("anna", "Anna");
        var joined = (await useCases.Participation.OnboardAsync(series.Id, anna, "kommune", "Stadt", null, CancellationToken.None)).Value!;
        var needsItem = series.FindForum(1)!.FindItem("bedarfe")!;
        var need = (await useCases.Participation.SubmitNeedAsync(needsItem.Id, anna, NeedKind.Need, "sonstiges", "Rufbus", "c1", CancellationToken.None)).Value!;

        IEnumerable<Guid> made = [series.Id, .. series.Forums.SelectMany(f => f.Items).Select(i => i.Id), joined.Id, need.Entry.Id];
        Assert.All(made, id => Assert.StartsWith("00000000-0000-0000-0000-", id.ToString(), StringComparison.Ordinal));
        Assert.Equal(made.Count(), made.Distinct().Count());
    }

    [Fact]
    public async Task Starting_forum_two_fills_its_points_options_with_forum_ones_top_needs()
    {
        var series = await CreateAsync();
        await _service.Moderation.StartForumAsync(series.Id, 1, Moderator, CancellationToken.None);
        var needsItem = series.FindForum(1)!.FindItem("bedarfe")!;
        var anna = await OnboardAsync(series, "anna");
        var ben = await OnboardAsync(series, "ben");

        var glasfaser = await _service.Participation.SubmitNeedAsync(needsItem.Id, anna, NeedKind.Need, "iuk-management", "Glasfaser in allen Gemeinden", "c1", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        await _service.Participation.SubmitNeedAsync(needsItem.Id, ben, NeedKind.Wish, "arbeiten-4-0", "Coworking im Ortskern", "c2", CancellationToken.None);
        await _service.Participation.SupportNeedAsync(glasfaser.Value!.Entry.Id, ben, CancellationToken.None);

        // A third author: with fewer than k the needs are withheld and nothing would be carried (see the next test).
        _time.Advance(TimeSpan.FromMinutes(1));
        await _service.Participation.SubmitNeedAsync(needsItem.Id, await OnboardAsync(series, "carl"), NeedKind.Need, "sonstiges", "Rufbus", "c3", CancellationToken.None);

        var start = await _service.Moderation.StartForumAsync(series.Id, 2, Moderator, CancellationToken.None);

        Assert.True(start.Succeeded);
        var points = (PointsSpec)series.FindForum(2)!.FindItem("leistungen")!.Spec;
        Assert.Equal(["Glasfaser in allen Gemeinden", "Coworking im Ortskern", "Rufbus"], points.Choices.Take(3).Select(c => c.Label.De));
        Assert.StartsWith(CarryOverPlanner.NeedKeyPrefix, points.Choices[0].Key, StringComparison.Ordinal);
        Assert.Equal(13, points.Choices.Count);
        Assert.Contains(start.Value!.CarriedOver, i => i.Key == "leistungen");
    }

    [Fact]
    public async Task Carrying_over_again_replaces_the_carried_needs_instead_of_piling_them_up()
    {
        var series = await CreateAsync();
        await _service.Moderation.StartForumAsync(series.Id, 1, Moderator, CancellationToken.None);
        var needsItem = series.FindForum(1)!.FindItem("bedarfe")!;
        var anna = await OnboardAsync(series, "anna");
        var needs = new List<Guid>();
        for (var n = 1; n <= 6; n++)
        {
            _time.Advance(TimeSpan.FromMinutes(1));
            var filed = await _service.Participation.SubmitNeedAsync(needsItem.Id, anna, NeedKind.Need, "sonstiges", $"Bedarf {n}", $"c{n}", CancellationToken.None);
            needs.Add(filed.Value!.Entry.Id);
        }

        var others = new List<UserRef>();
        foreach (var name in new[] { "ben", "carl" })
        {
            _time.Advance(TimeSpan.FromMinutes(1));
            others.Add(await OnboardAsync(series, name));
            await _service.Participation.SubmitNeedAsync(needsItem.Id, others[^1], NeedKind.Need, "sonstiges", $"Bedarf von {name}", $"c-{name}", CancellationToken.None);
        }

        Assert.True((await _service.Moderation.CarryOverAsync(series.Id, 2, Moderator, CancellationToken.None)).Succeeded);
        foreach (var supporter in others)
        {
            await _service.Participation.SupportNeedAsync(needs[5], supporter, CancellationToken.None);
        }

        await _service.Moderation.StartForumAsync(series.Id, 2, Moderator, CancellationToken.None);

        var labels = ((PointsSpec)series.FindForum(2)!.FindItem("leistungen")!.Spec).Choices.Select(c => c.Label.De).ToList();
        Assert.Equal(["Bedarf 6", "Bedarf 1", "Bedarf 2", "Bedarf 3", "Bedarf 4"], labels.Take(5));
        Assert.DoesNotContain("Bedarf 5", labels);
        Assert.Equal(15, labels.Count);
    }

    [Fact]
    public async Task Closing_a_forum_and_starting_the_next_one_each_ask_for_the_closed_forums_archive()
    {
        var series = await CreateAsync();
        await _service.Moderation.StartForumAsync(series.Id, 1, Moderator, CancellationToken.None);
        Assert.Empty(_store.Outbox);

        await _service.Moderation.StartForumAsync(series.Id, 2, Moderator, CancellationToken.None);
        await _service.Moderation.CloseForumAsync(series.Id, 2, Moderator, CancellationToken.None);

        Assert.All(_store.Outbox, m => Assert.Equal(ArchiveForumPayload.Kind, m.Kind));
        Assert.Equal(
            [new ArchiveForumPayload(series.Id, 1), new ArchiveForumPayload(series.Id, 2)],
            _store.Outbox.Select(m => ArchiveForumPayload.Parse(m.Payload)));
    }

    [Fact]
    public async Task Non_moderator_cannot_start_a_forum()
    {
        var series = await CreateAsync();
        var started = await _service.Moderation.StartForumAsync(series.Id, 1, new UserRef("someone", "Jemand"), CancellationToken.None);
        Assert.Equal(RejectionCode.NotModerator, started.Rejection?.Code);
        Assert.Equal(ForumStatus.Draft, series.FindForum(1)!.Status);
    }

    [Fact]
    public async Task User_who_did_not_onboard_gets_not_onboarded()
    {
        var series = await CreateAsync();
        await _service.Moderation.StartForumAsync(series.Id, 1, Moderator, CancellationToken.None);
        var item = series.FindForum(1)!.FindItem("bedeutung")!;

        var answer = await _service.Participation.SubmitAnswerAsync(item.Id, new UserRef("stranger", "Fremd"), new RatingAnswer(4), CancellationToken.None);

        Assert.Equal(RejectionCode.NotOnboarded, answer.Rejection?.Code);
    }

    [Fact]
    public async Task Voting_again_replaces_the_answer_and_respondents_stay_one()
    {
        var series = await CreateAsync();
        await _service.Moderation.StartForumAsync(series.Id, 1, Moderator, CancellationToken.None);
        var item = series.FindForum(1)!.FindItem("bedeutung")!;
        var anna = await OnboardAsync(series, "anna");

        var first = await _service.Participation.SubmitAnswerAsync(item.Id, anna, new RatingAnswer(2), CancellationToken.None);
        var second = await _service.Participation.SubmitAnswerAsync(item.Id, anna, new RatingAnswer(5), CancellationToken.None);
        var retry = await _service.Participation.SubmitAnswerAsync(item.Id, anna, new RatingAnswer(5), CancellationToken.None);

        Assert.Equal(Forums.Ports.ResponseWrite.Inserted, ResponseWriteOf(first));
        Assert.Equal(Forums.Ports.ResponseWrite.Updated, ResponseWriteOf(second));
        Assert.Equal(Forums.Ports.ResponseWrite.Unchanged, ResponseWriteOf(retry));
        Assert.Equal(3, retry.Value!.Results.WithheldBelow);
        foreach (var other in new[] { "ben", "carl" })
        {
            await _service.Participation.SubmitAnswerAsync(item.Id, await OnboardAsync(series, other), new RatingAnswer(5), CancellationToken.None);
        }

        var results = (RatingResults)(await _service.Participation.SubmitAnswerAsync(item.Id, anna, new RatingAnswer(5), CancellationToken.None)).Value!.Results;
        Assert.Equal(3, results.Respondents);
        Assert.Equal(5.0, results.Mean);
    }

    [Fact]
    public async Task Anonymous_answer_is_stored_without_the_participant()
    {
        var series = await CreateAsync();
        await _service.Moderation.StartForumAsync(series.Id, 1, Moderator, CancellationToken.None);
        var item = series.FindForum(1)!.FindItem("bedeutung")!;
        var anna = await OnboardAsync(series, "anna");

        await _service.Participation.SubmitAnswerAsync(item.Id, anna, new RatingAnswer(3), CancellationToken.None);

        var stored = Assert.Single(await _store.GetResponsesAsync(item.Id, CancellationToken.None));
        Assert.Null(stored.ParticipantId);
        Assert.DoesNotContain("anna", stored.RespondentKey, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Anonymous_answers_needs_and_supports_keep_neither_group_nor_time_of_day()
    {
        var series = await CreateAsync();
        await _service.Moderation.StartForumAsync(series.Id, 1, Moderator, CancellationToken.None);
        var rating = series.FindForum(1)!.FindItem("bedeutung")!;
        var needs = series.FindForum(1)!.FindItem("bedarfe")!;
        var anna = await OnboardAsync(series, "anna", group: "wissenschaft");
        var ben = await OnboardAsync(series, "ben");
        _time.Advance(TimeSpan.FromHours(9.5));

        await _service.Participation.SubmitAnswerAsync(rating.Id, anna, new RatingAnswer(3), CancellationToken.None);
        var need = await _service.Participation.SubmitNeedAsync(needs.Id, anna, NeedKind.Need, "iuk-management", "Glasfaser", "c1", CancellationToken.None);
        await _service.Participation.SupportNeedAsync(need.Value!.Entry.Id, ben, CancellationToken.None);

        var day = new DateTimeOffset(_time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        var response = Assert.Single(await _store.GetResponsesAsync(rating.Id, CancellationToken.None));
        Assert.Equal((RespondentKeys.NoGroup, day), (response.GroupKey, response.UpdatedAt));
        var entry = Assert.Single(await _store.GetNeedsAsync(needs.Id, CancellationToken.None));
        Assert.Equal((RespondentKeys.NoGroup, day, (Guid?)null), (entry.GroupKey, entry.CreatedAt, entry.ParticipantId));
        var support = Assert.Single(await _store.GetNeedSupportsAsync(needs.Id, CancellationToken.None));
        Assert.Equal(day, support.CreatedAt);
    }

    [Fact]
    public async Task A_named_answer_keeps_its_group_and_time()
    {
        var series = await CreateAsync();
        await _service.Moderation.StartForumAsync(series.Id, 1, Moderator, CancellationToken.None);
        var item = series.FindForum(1)!.FindItem("chancen-text")!;
        var anna = await OnboardAsync(series, "anna", group: "wissenschaft");
        _time.Advance(TimeSpan.FromHours(9.5));

        await _service.Participation.SubmitAnswerAsync(item.Id, anna, new TextAnswer("Mehr Tempo"), CancellationToken.None);

        var stored = Assert.Single(await _store.GetResponsesAsync(item.Id, CancellationToken.None));
        Assert.Equal(("wissenschaft", _time.GetUtcNow()), (stored.GroupKey, stored.UpdatedAt));
    }

    private static Forums.Ports.ResponseWrite ResponseWriteOf(Outcome<AnswerReceipt> outcome)
    {
        Assert.True(outcome.Succeeded, outcome.Rejection?.ToString());
        return outcome.Value.Write;
    }
}
