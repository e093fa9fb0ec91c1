using Collaboration.Forums.Outbox;
using Collaboration.Forums.Validation;

namespace Collaboration.Seeding;

/// <summary>
/// One simulated series in memory, for the benchmarks to read like the real store (the report builder, the archive
/// job); they measure the writers and the Graph traffic, not a database. Writes other than the simulation's own are not needed and refused.
/// </summary>
public sealed class MemoryForumStore(ForumSeries series) : IForumStore
{
    private readonly List<Response> _responses = [];
    private Dictionary<Guid, List<Response>>? _byItem;

    public ForumSeries Series => series;

    public List<Participant> Participants { get; } = [];

    public List<NeedEntry> Needs { get; } = [];

    public List<NeedSupport> Supports { get; } = [];

    public int ResponseCount => _responses.Count;

    public void AddResponse(Response response)
    {
        _responses.Add(response);
        _byItem = null;
    }

    public IReadOnlyList<Response> ResponsesOf(Guid itemId)
    {
        _byItem ??= _responses.GroupBy(r => r.ItemId).ToDictionary(g => g.Key, g => g.ToList());
        return _byItem.TryGetValue(itemId, out var found) ? found : [];
    }

    public List<NeedEntry> NeedsOf(Guid itemId) => [.. Needs.Where(n => n.ItemId == itemId)];

    public List<NeedSupport> SupportsOf(Guid itemId)
    {
        var ids = Needs.Where(n => n.ItemId == itemId).Select(n => n.Id).ToHashSet();
        return [.. Supports.Where(s => ids.Contains(s.NeedId))];
    }

    public Task<ForumSeries?> GetSeriesAsync(Guid seriesId, CancellationToken cancellationToken) =>
        Task.FromResult(seriesId == series.Id ? series : null);

    public Task<ForumSeries?> GetSeriesOfItemAsync(Guid itemId, CancellationToken cancellationToken) =>
        Task.FromResult(series.FindItem(itemId) is null ? null : series);

    public Task<IReadOnlyList<Participant>> GetParticipantsAsync(Guid seriesId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Participant>>(seriesId == series.Id ? Participants : []);

    public Task<Participant?> GetParticipantAsync(Guid seriesId, string userId, CancellationToken cancellationToken) =>
        Task.FromResult(Participants.Find(p => p.SeriesId == seriesId && p.UserId == userId));

    public Task<IReadOnlyList<Response>> GetResponsesAsync(Guid itemId, CancellationToken cancellationToken) => Task.FromResult(ResponsesOf(itemId));

    public Task<Response?> GetResponseAsync(Guid itemId, string respondentKey, CancellationToken cancellationToken) =>
        Task.FromResult(ResponsesOf(itemId).FirstOrDefault(r => r.RespondentKey == respondentKey));

    public Task<int> CountResponsesAsync(Guid itemId, CancellationToken cancellationToken) => Task.FromResult(ResponsesOf(itemId).Count);

    public Task<IReadOnlyList<NeedEntry>> GetNeedsAsync(Guid itemId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<NeedEntry>>(NeedsOf(itemId));

    public Task<NeedEntry?> GetNeedAsync(Guid needId, CancellationToken cancellationToken) => Task.FromResult(Needs.Find(n => n.Id == needId));

    public Task<IReadOnlyList<NeedSupport>> GetNeedSupportsAsync(Guid itemId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<NeedSupport>>(SupportsOf(itemId));

    public Task AddSeriesAsync(ForumSeries series, CancellationToken cancellationToken) => throw ReadOnly();

    public Task UpdateSeriesAsync(ForumSeries series, CancellationToken cancellationToken) => throw ReadOnly();

    public Task UpdateSeriesAsync(ForumSeries series, IReadOnlyList<OutboxMessage> outbox, CancellationToken cancellationToken) => throw ReadOnly();

    public Task<Participant> SaveParticipantAsync(Participant participant, CancellationToken cancellationToken) => throw ReadOnly();

    public Task<ResponseWrite> UpsertResponseAsync(Response response, CancellationToken cancellationToken) => throw ReadOnly();

    public Task<bool> AddNeedAsync(NeedEntry need, CancellationToken cancellationToken) => throw ReadOnly();

    public Task<bool> AddNeedSupportAsync(NeedSupport support, CancellationToken cancellationToken) => throw ReadOnly();

    public Task<IReadOnlyList<OwnNeed>> GetOwnNeedsAsync(Guid itemId, string respondentKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OwnNeed>>([.. NeedsOf(itemId).Where(n => n.RespondentKey == respondentKey).Select(n => new OwnNeed(n, null))]);

    public Task<Outcome<IReadOnlyList<NeedEntry>>> ChangeMergesAsync(Guid itemId, Func<IReadOnlyList<NeedEntry>, Outcome<IReadOnlyList<NeedMergeWrite>>> decide,
        CancellationToken cancellationToken) => throw ReadOnly();

    private static NotSupportedException ReadOnly() => new("The simulated store is filled by the simulation and only read (by the report builder, by the archive).");
}
