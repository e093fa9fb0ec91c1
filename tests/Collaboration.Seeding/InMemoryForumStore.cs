using System.Collections.Concurrent;
using System.Text.Json;
using Collaboration.Forums.Outbox;
using Collaboration.Forums.Validation;

namespace Collaboration.Seeding;

/// <summary>
/// The store contract in memory, for tests of the use cases and the reports and for the simulated series the
/// benchmarks read (a million answers, so every read is by item, not a pass over all). The EF store has its own tests
/// against real databases. Series are kept by reference, so an update is what the aggregate already holds; rows are
/// returned in the order they were first written, as the benchmarks' seeded stores list them.
/// </summary>
public class InMemoryForumStore : IForumStore, ISeriesCatalog
{
    private readonly ConcurrentDictionary<Guid, ForumSeries> _series = new();
    private readonly ConcurrentQueue<OutboxMessage> _outbox = new();

    // One lock for the rows: writes are rare in tests and single-threaded in the generator, and it makes a merge
    // atomic the way the database's transaction does.
    private readonly Lock _gate = new();
    private readonly OrderedRows<(Guid, string), Participant> _participants = new();
    private readonly Dictionary<Guid, OrderedRows<string, Response>> _responses = [];
    private readonly OrderedRows<Guid, NeedEntry> _needs = new();
    private readonly Dictionary<Guid, List<Guid>> _needsByItem = [];
    private readonly HashSet<(Guid, string, string)> _needClientKeys = [];
    private readonly OrderedRows<(Guid, string), NeedSupport> _supports = new();
    private int _seriesUpdates;

    public int SeriesUpdates => _seriesUpdates;

    /// <summary>The outbox messages written with series updates, in order.</summary>
    public IReadOnlyList<OutboxMessage> Outbox => [.. _outbox];

    /// <summary>The one series of a store that a generator filled; a store with none or several has no such series.</summary>
    public ForumSeries Series => _series.Count == 1 ? _series.Values.Single() : throw new InvalidOperationException($"The store holds {_series.Count} series, not one.");

    public IReadOnlyList<Participant> Participants => Locked(() => _participants.All());

    public IReadOnlyList<NeedEntry> Needs => Locked(() => _needs.All());

    public IReadOnlyList<NeedSupport> Supports => Locked(() => _supports.All());

    public int ResponseCount => Locked(() => _responses.Values.Sum(r => r.Count));

    public IReadOnlyList<Response> ResponsesOf(Guid itemId) => Locked(() => _responses.TryGetValue(itemId, out var rows) ? rows.All() : []);

    public Task AddSeriesAsync(ForumSeries series, CancellationToken cancellationToken)
    {
        Add(series);
        return Task.CompletedTask;
    }

    public Task<ForumSeries?> GetSeriesAsync(Guid seriesId, CancellationToken cancellationToken) =>
        Task.FromResult(_series.GetValueOrDefault(seriesId));

    public Task<IReadOnlyList<ForumSeries>> GetAllSeriesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ForumSeries>>([.. _series.Values.OrderByDescending(s => s.CreatedAt)]);

    public Task<ForumSeries?> GetSeriesOfItemAsync(Guid itemId, CancellationToken cancellationToken) =>
        Task.FromResult(_series.Values.FirstOrDefault(s => s.FindItem(itemId) is not null));

    public Task UpdateSeriesAsync(ForumSeries series, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _seriesUpdates);
        _series[series.Id] = series;
        return Task.CompletedTask;
    }

    public Task UpdateSeriesAsync(ForumSeries series, IReadOnlyList<OutboxMessage> outbox, CancellationToken cancellationToken)
    {
        foreach (var message in outbox)
        {
            _outbox.Enqueue(message);
        }

        return UpdateSeriesAsync(series, cancellationToken);
    }

    public Task<Participant?> GetParticipantAsync(Guid seriesId, string userId, CancellationToken cancellationToken) =>
        Task.FromResult(Locked(() => _participants.Find((seriesId, userId))));

    public Task<Participant> SaveParticipantAsync(Participant participant, CancellationToken cancellationToken)
    {
        Add(participant);
        return Task.FromResult(participant);
    }

    public Task<IReadOnlyList<Participant>> GetParticipantsAsync(Guid seriesId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Participant>>(Locked(() => _participants.All().Where(p => p.SeriesId == seriesId).ToList()));

    public Task<ResponseWrite> UpsertResponseAsync(Response response, CancellationToken cancellationToken) => Task.FromResult(Add(response));

    public Task<Response?> GetResponseAsync(Guid itemId, string respondentKey, CancellationToken cancellationToken) =>
        Task.FromResult(Locked(() => _responses.TryGetValue(itemId, out var rows) ? rows.Find(respondentKey) : null));

    public Task<IReadOnlyList<Response>> GetResponsesAsync(Guid itemId, CancellationToken cancellationToken) => Task.FromResult(ResponsesOf(itemId));

    public Task<int> CountResponsesAsync(Guid itemId, CancellationToken cancellationToken) =>
        Task.FromResult(Locked(() => _responses.TryGetValue(itemId, out var rows) ? rows.Count : 0));

    public Task<bool> AddNeedAsync(NeedEntry need, CancellationToken cancellationToken) => Task.FromResult(Add(need));

    public Task<NeedEntry?> GetNeedAsync(Guid needId, CancellationToken cancellationToken) => Task.FromResult(Locked(() => _needs.Find(needId)));

    public virtual Task<IReadOnlyList<NeedEntry>> GetNeedsAsync(Guid itemId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<NeedEntry>>([.. NeedsOf(itemId).OrderBy(n => n.CreatedAt)]);

    public Task<bool> AddNeedSupportAsync(NeedSupport support, CancellationToken cancellationToken) => Task.FromResult(Add(support));

    public Task<IReadOnlyList<NeedSupport>> GetNeedSupportsAsync(Guid itemId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<NeedSupport>>(SupportsOf(itemId));

    public Task<IReadOnlyList<OwnNeed>> GetOwnNeedsAsync(Guid itemId, string respondentKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OwnNeed>>(Locked(() => NeedRowsOf(itemId).Where(n => n.RespondentKey == respondentKey).OrderBy(n => n.CreatedAt)
            .Select(n => new OwnNeed(n, n.MergedIntoId is { } into && _needs.Find(into) is { } kept ? kept.ShownText : null)).ToList()));

    public Task<Outcome<IReadOnlyList<NeedEntry>>> ChangeMergesAsync(Guid itemId, Func<IReadOnlyList<NeedEntry>, Outcome<IReadOnlyList<NeedMergeWrite>>> decide,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decide);

        // One merge at a time, as the database's transaction makes it.
        lock (_gate)
        {
            var decided = decide([.. NeedRowsOf(itemId).OrderBy(n => n.CreatedAt).ThenBy(n => n.Id)]);
            if (!decided.Succeeded)
            {
                return Task.FromResult(Outcome<IReadOnlyList<NeedEntry>>.Failure(decided.Rejection));
            }

            foreach (var write in decided.Value)
            {
                if (_needs.Find(write.NeedId) is { } need && need.ItemId == itemId)
                {
                    _needs.Put(need.Id, need with { MergedIntoId = write.MergedIntoId, MergedText = write.MergedText });
                }
            }

            return Task.FromResult(Outcome<IReadOnlyList<NeedEntry>>.Success([.. NeedRowsOf(itemId).OrderBy(n => n.CreatedAt)]));
        }
    }

    /// <summary>The item's needs in the order they were added.</summary>
    internal List<NeedEntry> NeedsOf(Guid itemId) => Locked(() => NeedRowsOf(itemId));

    internal List<NeedSupport> SupportsOf(Guid itemId) => Locked(() =>
    {
        var needIds = _needsByItem.TryGetValue(itemId, out var ids) ? ids.ToHashSet() : [];
        return _supports.All().Where(s => needIds.Contains(s.NeedId)).ToList();
    });

    // The writes, also called by SimulatedSeries, which fills the store without a use case in between.
    internal void Add(ForumSeries series) => _series[series.Id] = series;

    internal void Add(Participant participant)
    {
        lock (_gate)
        {
            _participants.Put((participant.SeriesId, participant.UserId), participant);
        }
    }

    internal ResponseWrite Add(Response response)
    {
        lock (_gate)
        {
            var rows = _responses.TryGetValue(response.ItemId, out var found) ? found : _responses[response.ItemId] = new();
            var write = rows.Find(response.RespondentKey) is not { } old ? ResponseWrite.Inserted
                : JsonSerializer.Serialize(old.Answer) == JsonSerializer.Serialize(response.Answer) ? ResponseWrite.Unchanged : ResponseWrite.Updated;
            rows.Put(response.RespondentKey, response);
            return write;
        }
    }

    internal bool Add(NeedEntry need)
    {
        lock (_gate)
        {
            // The database's unique index on (item, respondent, client key) makes a resent entry a no-op.
            if (_needs.Find(need.Id) is not null || !_needClientKeys.Add((need.ItemId, need.RespondentKey, need.ClientKey)))
            {
                return false;
            }

            _needs.Put(need.Id, need);
            (_needsByItem.TryGetValue(need.ItemId, out var ids) ? ids : _needsByItem[need.ItemId] = []).Add(need.Id);
            return true;
        }
    }

    internal bool Add(NeedSupport support)
    {
        lock (_gate)
        {
            var key = (support.NeedId, support.RespondentKey);
            if (_supports.Find(key) is not null)
            {
                return false;
            }

            _supports.Put(key, support);
            return true;
        }
    }

    /// <summary>Called under the lock.</summary>
    private List<NeedEntry> NeedRowsOf(Guid itemId) => _needsByItem.TryGetValue(itemId, out var ids) ? [.. ids.Select(id => _needs.Find(id)!)] : [];

    private T Locked<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }
}
