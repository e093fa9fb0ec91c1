namespace Collaboration.Forums.Tests.Application;

/// <summary>
/// The card a participant gets back after filing or supporting a need takes its ranking from <see cref="RecentResults"/>:
/// one read of all needs per interval instead of one per action, and still the author's own fresh entry on it.
/// </summary>
public sealed class ReplyResultsTests
{
    private static readonly UserRef Moderator = new("moderator", "Moderatorin");
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private readonly CountingStore _store = new();
    private readonly FakeTimeProvider _time = new(Build.Now);
    private readonly ForumUseCases _service;

    public ReplyResultsTests() =>
        _service = new ForumUseCases(_store, new RespondentKeys(new byte[32]), new ModerationOptions { AnyoneMayCreateSeries = true }, _time, new RecentResults(_time, Interval));

    [Fact]
    public async Task Needs_filed_within_one_interval_read_all_needs_once_and_each_author_still_sees_their_entry()
    {
        var (item, users) = await OpenNeedsItemAsync(5);
        var receipts = new List<NeedReceipt>();
        for (var i = 0; i < 3; i++)
        {
            receipts.Add((await _service.Participation.SubmitNeedAsync(item.Id, users[i], NeedKind.Need, "sonstiges", $"Bedarf {i}", $"c{i}", CancellationToken.None)).Value!);
            _time.Advance(TimeSpan.FromMilliseconds(100));
        }

        // Below k filers no card shows a ranking, not even the author's own entry among the others.
        Assert.Equal(1, _store.NeedReads);
        Assert.All(receipts, r => Assert.Equal(3, r.Results.WithheldBelow));
        Assert.All(receipts, r => Assert.Empty(r.Results.Ranking));

        _time.Advance(Interval);
        var supported = await _service.Participation.SupportNeedAsync(receipts[2].Entry.Id, users[0], CancellationToken.None);
        var fourth = await _service.Participation.SubmitNeedAsync(item.Id, users[3], NeedKind.Need, "sonstiges", "Bedarf 3", "c3", CancellationToken.None);
        var fifth = await _service.Participation.SubmitNeedAsync(item.Id, users[4], NeedKind.Need, "sonstiges", "Bedarf 4", "c4", CancellationToken.None);

        Assert.Equal(2, _store.NeedReads);
        Assert.Equal(["Bedarf 2", "Bedarf 0", "Bedarf 1"], supported.Value!.Results.Ranking.Select(n => n.Text));
        Assert.Equal([1, 2, 2], supported.Value.Results.Ranking.Select(n => n.Rank));

        // From k filers on, the cached ranking plus the author's own entry, not the other fresh one.
        Assert.Equal(["Bedarf 2", "Bedarf 0", "Bedarf 1", "Bedarf 3"], fourth.Value!.Results.Ranking.Select(n => n.Text));
        Assert.Equal(["Bedarf 2", "Bedarf 0", "Bedarf 1", "Bedarf 4"], fifth.Value!.Results.Ranking.Select(n => n.Text));
    }

    [Fact]
    public async Task A_repeated_delivery_of_a_need_shows_the_stored_entry_and_no_second_one()
    {
        var (item, users) = await OpenNeedsItemAsync(3);
        await _service.Participation.SubmitNeedAsync(item.Id, users[1], NeedKind.Need, "sonstiges", "Glasfaser", "other-1", CancellationToken.None);
        await _service.Participation.SubmitNeedAsync(item.Id, users[2], NeedKind.Need, "sonstiges", "Rufbus", "other-2", CancellationToken.None);
        _time.Advance(Interval);
        var first = await _service.Participation.SubmitNeedAsync(item.Id, users[0], NeedKind.Wish, "sonstiges", "Coworking im Ortskern", "same-click", CancellationToken.None);

        var again = await _service.Participation.SubmitNeedAsync(item.Id, users[0], NeedKind.Wish, "sonstiges", "Coworking im Ortskern", "same-click", CancellationToken.None);

        Assert.False(again.Value!.Added);
        Assert.Single(again.Value.Results.Ranking, n => n.NeedId == first.Value!.Entry.Id);
        Assert.Equal(3, again.Value.Results.Ranking.Count);
    }

    private async Task<(ForumItem Item, List<UserRef> Users)> OpenNeedsItemAsync(int participants)
    {
        var created = await _service.Moderation.CreateSeriesAsync(SeriesTemplates.ReadBuiltIn("rdz-salzlandkreis")!, Moderator, CancellationToken.None);
        var series = created.Value!;
        await _service.Moderation.StartForumAsync(series.Id, 1, Moderator, CancellationToken.None);
        var users = new List<UserRef>();
        for (var i = 0; i < participants; i++)
        {
            var user = new UserRef($"user-{i}", $"Person {i}");
            await _service.Participation.OnboardAsync(series.Id, user, "kommune", $"Gemeinde {i}", null, CancellationToken.None);
            users.Add(user);
        }

        return (series.FindForum(1)!.FindItem("bedarfe")!, users);
    }

    /// <summary>Counts the reads that cost a pass over all of an item's needs.</summary>
    private sealed class CountingStore : InMemoryForumStore
    {
        public int NeedReads { get; private set; }

        public override Task<IReadOnlyList<NeedEntry>> GetNeedsAsync(Guid itemId, CancellationToken cancellationToken)
        {
            NeedReads++;
            return base.GetNeedsAsync(itemId, cancellationToken);
        }
    }
}
