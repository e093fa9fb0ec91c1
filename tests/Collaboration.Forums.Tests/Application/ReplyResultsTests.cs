using Collaboration.Forums.Answers;
using Collaboration.Forums.Application;
using Collaboration.Forums.Items;
using Collaboration.Forums.Participants;
using Collaboration.Forums.Results;
using Collaboration.Forums.Series;
using Collaboration.Forums.Templates;
using Collaboration.Forums.Tests.Support;
using Collaboration.TestSupport.Forums;
using Microsoft.Extensions.Time.Testing;

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
    private readonly ForumService _service;

    public ReplyResultsTests() =>
        _service = new ForumService(_store, new RespondentKeys(new byte[32]), new ModerationOptions { AnyoneMayCreateSeries = true }, _time, new RecentResults(_time, Interval));

    [Fact]
    public async Task Needs_filed_within_one_interval_read_all_needs_once_and_each_author_still_sees_their_entry()
    {
        var (item, users) = await OpenNeedsItemAsync(3);

        var receipts = new List<NeedReceipt>();
        for (var i = 0; i < users.Count; i++)
        {
            var filed = await _service.SubmitNeedAsync(item.Id, users[i], NeedKind.Need, "sonstiges", $"Bedarf {i}", $"c{i}", CancellationToken.None);
            receipts.Add(filed.Value!);
            _time.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.Equal(1, _store.NeedReads);
        Assert.Equal(["Bedarf 0"], receipts[0].Results.Ranking.Select(n => n.Text));
        // The second author's card: the cached ranking (with Bedarf 0) plus their own entry, not the third's.
        Assert.Equal(["Bedarf 0", "Bedarf 1"], receipts[1].Results.Ranking.Select(n => n.Text));
        Assert.Equal(["Bedarf 0", "Bedarf 2"], receipts[2].Results.Ranking.Select(n => n.Text));
        Assert.All(receipts[2].Results.Ranking, n => Assert.Equal(1, n.Rank));

        _time.Advance(Interval);
        var later = await _service.SupportNeedAsync(receipts[2].Entry.Id, users[0], CancellationToken.None);

        Assert.Equal(2, _store.NeedReads);
        Assert.Equal(["Bedarf 2", "Bedarf 0", "Bedarf 1"], later.Value!.Results.Ranking.Select(n => n.Text));
        Assert.Equal([1, 2, 2], later.Value.Results.Ranking.Select(n => n.Rank));
    }

    [Fact]
    public async Task A_repeated_delivery_of_a_need_shows_the_stored_entry_and_no_second_one()
    {
        var (item, users) = await OpenNeedsItemAsync(1);
        var first = await _service.SubmitNeedAsync(item.Id, users[0], NeedKind.Wish, "sonstiges", "Coworking im Ortskern", "same-click", CancellationToken.None);

        var again = await _service.SubmitNeedAsync(item.Id, users[0], NeedKind.Wish, "sonstiges", "Coworking im Ortskern", "same-click", CancellationToken.None);

        Assert.False(again.Value!.Added);
        Assert.Equal([first.Value!.Entry.Id], again.Value.Results.Ranking.Select(n => n.NeedId));
    }

    private async Task<(ForumItem Item, List<UserRef> Users)> OpenNeedsItemAsync(int participants)
    {
        var created = await _service.CreateSeriesAsync(SeriesTemplates.ReadBuiltIn("rdz-salzlandkreis")!, Moderator, CancellationToken.None);
        var series = created.Value!;
        await _service.StartForumAsync(series.Id, 1, Moderator, CancellationToken.None);
        var users = new List<UserRef>();
        for (var i = 0; i < participants; i++)
        {
            var user = new UserRef($"user-{i}", $"Person {i}");
            await _service.OnboardAsync(series.Id, user, "kommune", $"Gemeinde {i}", null, CancellationToken.None);
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
