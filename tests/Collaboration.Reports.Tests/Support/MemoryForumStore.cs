using Collaboration.Forums.Outbox;
using Collaboration.Forums.Answers;
using Collaboration.Forums.Participants;
using Collaboration.Forums.Series;
using Collaboration.Forums.Store;

namespace Collaboration.Reports.Tests.Support;

/// <summary>An IForumStore in memory with the store's keys: one response per (item, respondent), one entry per client key.</summary>
internal sealed class MemoryForumStore : IForumStore
{
    private readonly Dictionary<Guid, ForumSeries> _series = [];
    private readonly List<Participant> _participants = [];
    private readonly Dictionary<(Guid, string), Response> _responses = [];
    private readonly List<NeedEntry> _needs = [];
    private readonly List<NeedSupport> _supports = [];

    public Task AddSeriesAsync(ForumSeries series, CancellationToken cancellationToken)
    {
        _series[series.Id] = series;
        return Task.CompletedTask;
    }

    public Task<ForumSeries?> GetSeriesAsync(Guid seriesId, CancellationToken cancellationToken) => Task.FromResult(_series.GetValueOrDefault(seriesId));

    public Task<ForumSeries?> GetSeriesOfItemAsync(Guid itemId, CancellationToken cancellationToken) =>
        Task.FromResult(_series.Values.FirstOrDefault(s => s.FindItem(itemId) is not null));

    public Task UpdateSeriesAsync(ForumSeries series, CancellationToken cancellationToken) => AddSeriesAsync(series, cancellationToken);

    /// <summary>The reports do not read the outbox; its messages are dropped.</summary>
    public Task UpdateSeriesAsync(ForumSeries series, IReadOnlyList<OutboxMessage> outbox, CancellationToken cancellationToken) =>
        AddSeriesAsync(series, cancellationToken);

    public Task<Participant?> GetParticipantAsync(Guid seriesId, string userId, CancellationToken cancellationToken) =>
        Task.FromResult(_participants.FirstOrDefault(p => p.SeriesId == seriesId && p.UserId == userId));

    public Task<Participant> SaveParticipantAsync(Participant participant, CancellationToken cancellationToken)
    {
        _participants.RemoveAll(p => p.SeriesId == participant.SeriesId && p.UserId == participant.UserId);
        _participants.Add(participant);
        return Task.FromResult(participant);
    }

    public Task<IReadOnlyList<Participant>> GetParticipantsAsync(Guid seriesId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Participant>>([.. _participants.Where(p => p.SeriesId == seriesId)]);

    public Task<ResponseWrite> UpsertResponseAsync(Response response, CancellationToken cancellationToken)
    {
        var existed = _responses.ContainsKey((response.ItemId, response.RespondentKey));
        _responses[(response.ItemId, response.RespondentKey)] = response;
        return Task.FromResult(existed ? ResponseWrite.Updated : ResponseWrite.Inserted);
    }

    public Task<Response?> GetResponseAsync(Guid itemId, string respondentKey, CancellationToken cancellationToken) =>
        Task.FromResult(_responses.GetValueOrDefault((itemId, respondentKey)));

    public Task<IReadOnlyList<Response>> GetResponsesAsync(Guid itemId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Response>>([.. _responses.Values.Where(r => r.ItemId == itemId)]);

    public Task<int> CountResponsesAsync(Guid itemId, CancellationToken cancellationToken) =>
        Task.FromResult(_responses.Values.Count(r => r.ItemId == itemId));

    public Task<bool> AddNeedAsync(NeedEntry need, CancellationToken cancellationToken)
    {
        if (_needs.Any(n => n.ItemId == need.ItemId && n.RespondentKey == need.RespondentKey && n.ClientKey == need.ClientKey))
        {
            return Task.FromResult(false);
        }

        _needs.Add(need);
        return Task.FromResult(true);
    }

    public Task<NeedEntry?> GetNeedAsync(Guid needId, CancellationToken cancellationToken) => Task.FromResult(_needs.FirstOrDefault(n => n.Id == needId));

    public Task<IReadOnlyList<NeedEntry>> GetNeedsAsync(Guid itemId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<NeedEntry>>([.. _needs.Where(n => n.ItemId == itemId)]);

    public Task<bool> AddNeedSupportAsync(NeedSupport support, CancellationToken cancellationToken)
    {
        if (_supports.Any(s => s.NeedId == support.NeedId && s.RespondentKey == support.RespondentKey))
        {
            return Task.FromResult(false);
        }

        _supports.Add(support);
        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<NeedSupport>> GetNeedSupportsAsync(Guid itemId, CancellationToken cancellationToken)
    {
        var needs = _needs.Where(n => n.ItemId == itemId).Select(n => n.Id).ToHashSet();
        return Task.FromResult<IReadOnlyList<NeedSupport>>([.. _supports.Where(s => needs.Contains(s.NeedId))]);
    }
}
