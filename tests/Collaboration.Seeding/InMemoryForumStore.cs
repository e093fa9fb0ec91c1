using System.Collections.Concurrent;
using System.Text.Json;
using Collaboration.Forums.Outbox;
using Collaboration.Forums.Validation;

namespace Collaboration.Seeding;

/// <summary>
/// The store contract in memory, for tests of the use cases and the reports; the EF store has its own tests against
/// real databases. Series are kept by reference, so an update is what the aggregate already holds.
/// </summary>
public class InMemoryForumStore : IForumStore, ISeriesCatalog
{
    private readonly ConcurrentDictionary<Guid, ForumSeries> _series = new();
    private readonly ConcurrentDictionary<(Guid, string), Participant> _participants = new();
    private readonly ConcurrentDictionary<(Guid, string), Response> _responses = new();
    private readonly ConcurrentDictionary<Guid, NeedEntry> _needs = new();
    private readonly ConcurrentDictionary<(Guid, string), NeedSupport> _supports = new();

    private readonly ConcurrentQueue<OutboxMessage> _outbox = new();
    private readonly Lock _merges = new();

    public int SeriesUpdates { get; private set; }

    /// <summary>The outbox messages written with series updates, in order.</summary>
    public IReadOnlyList<OutboxMessage> Outbox => [.. _outbox];

    public Task AddSeriesAsync(ForumSeries series, CancellationToken cancellationToken)
    {
        _series[series.Id] = series;
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
        SeriesUpdates++;
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
        Task.FromResult(_participants.GetValueOrDefault((seriesId, userId)));

    public Task<Participant> SaveParticipantAsync(Participant participant, CancellationToken cancellationToken)
    {
        _participants[(participant.SeriesId, participant.UserId)] = participant;
        return Task.FromResult(participant);
    }

    public Task<IReadOnlyList<Participant>> GetParticipantsAsync(Guid seriesId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Participant>>([.. _participants.Values.Where(p => p.SeriesId == seriesId)]);

    public Task<ResponseWrite> UpsertResponseAsync(Response response, CancellationToken cancellationToken)
    {
        var key = (response.ItemId, response.RespondentKey);
        var write = ResponseWrite.Inserted;
        if (_responses.TryGetValue(key, out var old))
        {
            write = JsonSerializer.Serialize(old.Answer) == JsonSerializer.Serialize(response.Answer) ? ResponseWrite.Unchanged : ResponseWrite.Updated;
        }

        _responses[key] = response;
        return Task.FromResult(write);
    }

    public Task<Response?> GetResponseAsync(Guid itemId, string respondentKey, CancellationToken cancellationToken) =>
        Task.FromResult(_responses.GetValueOrDefault((itemId, respondentKey)));

    public Task<IReadOnlyList<Response>> GetResponsesAsync(Guid itemId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Response>>([.. _responses.Values.Where(r => r.ItemId == itemId)]);

    public Task<int> CountResponsesAsync(Guid itemId, CancellationToken cancellationToken) =>
        Task.FromResult(_responses.Values.Count(r => r.ItemId == itemId));

    public Task<bool> AddNeedAsync(NeedEntry need, CancellationToken cancellationToken)
    {
        if (_needs.Values.Any(n => n.ItemId == need.ItemId && n.RespondentKey == need.RespondentKey && n.ClientKey == need.ClientKey))
        {
            return Task.FromResult(false);
        }

        return Task.FromResult(_needs.TryAdd(need.Id, need));
    }

    public Task<NeedEntry?> GetNeedAsync(Guid needId, CancellationToken cancellationToken) =>
        Task.FromResult(_needs.GetValueOrDefault(needId));

    public virtual Task<IReadOnlyList<NeedEntry>> GetNeedsAsync(Guid itemId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<NeedEntry>>([.. _needs.Values.Where(n => n.ItemId == itemId).OrderBy(n => n.CreatedAt)]);

    public Task<bool> AddNeedSupportAsync(NeedSupport support, CancellationToken cancellationToken) =>
        Task.FromResult(_supports.TryAdd((support.NeedId, support.RespondentKey), support));

    public Task<IReadOnlyList<NeedSupport>> GetNeedSupportsAsync(Guid itemId, CancellationToken cancellationToken)
    {
        var needIds = _needs.Values.Where(n => n.ItemId == itemId).Select(n => n.Id).ToHashSet();
        return Task.FromResult<IReadOnlyList<NeedSupport>>([.. _supports.Values.Where(s => needIds.Contains(s.NeedId))]);
    }

    public Task<IReadOnlyList<OwnNeed>> GetOwnNeedsAsync(Guid itemId, string respondentKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OwnNeed>>([.. _needs.Values.Where(n => n.ItemId == itemId && n.RespondentKey == respondentKey).OrderBy(n => n.CreatedAt)
            .Select(n => new OwnNeed(n, n.MergedIntoId is { } into && _needs.TryGetValue(into, out var kept) ? kept.ShownText : null))]);

    public Task<Outcome<IReadOnlyList<NeedEntry>>> ChangeMergesAsync(Guid itemId, Func<IReadOnlyList<NeedEntry>, Outcome<IReadOnlyList<NeedMergeWrite>>> decide,
        CancellationToken cancellationToken)
    {
        // One merge at a time, as the database's transaction makes it.
        lock (_merges)
        {
            var decided = decide([.. _needs.Values.Where(n => n.ItemId == itemId).OrderBy(n => n.CreatedAt).ThenBy(n => n.Id)]);
            if (!decided.Succeeded)
            {
                return Task.FromResult(Outcome<IReadOnlyList<NeedEntry>>.Failure(decided.Rejection));
            }

            foreach (var write in decided.Value)
            {
                if (_needs.TryGetValue(write.NeedId, out var need) && need.ItemId == itemId)
                {
                    _needs[write.NeedId] = need with { MergedIntoId = write.MergedIntoId, MergedText = write.MergedText };
                }
            }

            return Task.FromResult(Outcome<IReadOnlyList<NeedEntry>>.Success([.. _needs.Values.Where(n => n.ItemId == itemId).OrderBy(n => n.CreatedAt)]));
        }
    }
}
