using System.Runtime.CompilerServices;
using Collaboration.Forums.Outbox;
using Collaboration.Forums.Participants;

namespace Collaboration.Forums.Ports;

/// <summary>
/// Persistence of series, participants and answers. Implementations write every call atomically:
/// a call either stores all it was given or nothing.
/// </summary>
public interface IForumStore
{
    Task AddSeriesAsync(ForumSeries series, CancellationToken cancellationToken);

    /// <summary>
    /// The series as stored now. The instance may hand the same object to several callers (a snapshot kept while the
    /// stored series is unchanged), so callers only read it; a use case that changes the series uses
    /// <see cref="GetSeriesForChangeAsync"/>.
    /// </summary>
    Task<ForumSeries?> GetSeriesAsync(Guid seriesId, CancellationToken cancellationToken);

    /// <summary>The series as stored now, as an object of the caller's own, to change and pass to <see cref="UpdateSeriesAsync(ForumSeries, CancellationToken)"/>.</summary>
    Task<ForumSeries?> GetSeriesForChangeAsync(Guid seriesId, CancellationToken cancellationToken) => GetSeriesAsync(seriesId, cancellationToken);

    /// <summary>The series that owns <paramref name="itemId"/>, or null; shared like <see cref="GetSeriesAsync"/>'s, so only read.</summary>
    Task<ForumSeries?> GetSeriesOfItemAsync(Guid itemId, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="GetSeriesOfItemAsync"/>, but the instance may hand out the snapshot it kept without asking the
    /// database whether it is still current. Only for a use case whose write checks that in its own transaction:
    /// a vote (<see cref="UpsertOpenResponseAsync(Response, ForumSeries, CancellationToken)"/>).
    /// </summary>
    Task<ForumSeries?> GetKeptSeriesOfItemAsync(Guid itemId, CancellationToken cancellationToken) => GetSeriesOfItemAsync(itemId, cancellationToken);

    /// <summary>Persists what the aggregate decided: forum and item statuses, added items, carried-over options.</summary>
    Task UpdateSeriesAsync(ForumSeries series, CancellationToken cancellationToken);

    /// <summary>
    /// Persists the series and adds the outbox messages in one transaction: both are stored or neither, so a closed
    /// forum always has its archive job and a failed close never leaves one behind.
    /// </summary>
    Task UpdateSeriesAsync(ForumSeries series, IReadOnlyList<OutboxMessage> outbox, CancellationToken cancellationToken);

    Task<Participant?> GetParticipantAsync(Guid seriesId, string userId, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="GetParticipantAsync"/>, but the instance may hand out the row it kept without reading it again.
    /// Only for a vote, whose write checks that row in its own transaction
    /// (<see cref="UpsertOpenResponseAsync(Response, ForumSeries, Participant, CancellationToken)"/>).
    /// </summary>
    Task<Participant?> GetKeptParticipantAsync(Guid seriesId, string userId, CancellationToken cancellationToken) =>
        GetParticipantAsync(seriesId, userId, cancellationToken);

    /// <summary>Inserts or updates by (series, user): onboarding twice changes the declaration, never duplicates it.</summary>
    Task<Participant> SaveParticipantAsync(Participant participant, CancellationToken cancellationToken);

    Task<IReadOnlyList<Participant>> GetParticipantsAsync(Guid seriesId, CancellationToken cancellationToken);

    /// <summary>
    /// Onboarded participants per stakeholder group (the key as stored), for counts that need no one's details: a
    /// report of 100,000 participants reads a few rows. No disclosure control here. This default reads them all; stores override it.
    /// </summary>
    async Task<IReadOnlyDictionary<string, int>> CountParticipantsByGroupAsync(Guid seriesId, CancellationToken cancellationToken) =>
        (await GetParticipantsAsync(seriesId, cancellationToken)).CountBy(p => p.GroupKey, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Inserts or replaces the answer of one respondent in one statement keyed by (item, respondent key),
    /// so concurrent voters never overwrite each other and a repeated delivery counts once.
    /// </summary>
    Task<ResponseWrite> UpsertResponseAsync(Response response, CancellationToken cancellationToken);

    /// <summary>
    /// A participant's vote: as <see cref="UpsertResponseAsync"/>, but only while the item and its forum are open, checked
    /// in the same transaction as the write, so a moderator's close on any instance is never overtaken by a vote read
    /// against an older snapshot (<see cref="ResponseWrite.NotOpen"/>). Stores may write concurrent votes together; the
    /// result is returned only after this vote is committed. This default relies on the caller's check.
    /// </summary>
    Task<ResponseWrite> UpsertOpenResponseAsync(Response response, CancellationToken cancellationToken) =>
        UpsertResponseAsync(response, cancellationToken);

    /// <summary>
    /// As <see cref="UpsertOpenResponseAsync(Response, CancellationToken)"/> for a vote decided on <paramref name="readFrom"/>:
    /// a store that kept that snapshot also checks, in the write's transaction, that the series is still at the
    /// revision it was read at, and writes nothing otherwise (<see cref="ResponseWrite.Stale"/>).
    /// </summary>
    Task<ResponseWrite> UpsertOpenResponseAsync(Response response, ForumSeries readFrom, CancellationToken cancellationToken) =>
        UpsertOpenResponseAsync(response, cancellationToken);

    /// <summary>
    /// As <see cref="UpsertOpenResponseAsync(Response, ForumSeries, CancellationToken)"/> for a vote also decided with
    /// <paramref name="votedAs"/> (perhaps a kept row, <see cref="GetKeptParticipantAsync"/>): a store that keeps rows also
    /// checks in the write's transaction that the participant is still stored with that id and group, and writes nothing
    /// otherwise (<see cref="ResponseWrite.Stale"/>).
    /// </summary>
    Task<ResponseWrite> UpsertOpenResponseAsync(Response response, ForumSeries readFrom, Participant votedAs, CancellationToken cancellationToken) =>
        UpsertOpenResponseAsync(response, readFrom, cancellationToken);

    /// <summary>
    /// As <see cref="UpsertOpenResponseAsync(Response, ForumSeries, Participant, CancellationToken)"/> for a vote the gate
    /// let in on a kept binding (<paramref name="decidedIn"/>, null: read fresh): a store that keeps bindings also checks
    /// in the write's transaction that the tie still holds, and writes nothing otherwise (<see cref="ResponseWrite.Stale"/>).
    /// </summary>
    Task<ResponseWrite> UpsertOpenResponseAsync(Response response, ForumSeries readFrom, Participant votedAs, ConversationTie? decidedIn, CancellationToken cancellationToken) =>
        UpsertOpenResponseAsync(response, readFrom, votedAs, cancellationToken);

    Task<Response?> GetResponseAsync(Guid itemId, string respondentKey, CancellationToken cancellationToken);

    Task<IReadOnlyList<Response>> GetResponsesAsync(Guid itemId, CancellationToken cancellationToken);

    Task<int> CountResponsesAsync(Guid itemId, CancellationToken cancellationToken);

    /// <summary>
    /// An item's answers as counts per stored answer and group, for <see cref="Results.ResultsCalculator.ComputeTallied"/>:
    /// a report reads a million answers as a few thousand tallies. No disclosure control here: the calculator applies it.
    /// This default reads the answers whole and counts each on its own; stores override it.
    /// </summary>
    async Task<IReadOnlyList<Results.AnswerTally>> TallyAnswersAsync(Guid itemId, CancellationToken cancellationToken) =>
        [.. (await GetResponsesAsync(itemId, cancellationToken)).Select(r => new Results.AnswerTally(r.GroupKey, r.Answer, 1))];

    /// <summary>
    /// The open answers of an item as <see cref="Results.ResultsCalculator"/> lists them (oldest first, blanks left
    /// out), read as a stream so a long appendix is never held whole. No disclosure control: callers read only items
    /// whose published results show their answers. This default reads them all at once; stores override it.
    /// </summary>
    async IAsyncEnumerable<string> StreamOpenAnswersAsync(Guid itemId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var response in (await GetResponsesAsync(itemId, cancellationToken)).OrderBy(r => r.UpdatedAt))
        {
            if (Results.ResultsCalculator.OpenAnswer(response.Answer) is { } text)
            {
                yield return text;
            }
        }
    }

    /// <summary>Adds the entry unless one with the same (item, respondent key, client key) exists; true when added.</summary>
    Task<bool> AddNeedAsync(NeedEntry need, CancellationToken cancellationToken);

    Task<NeedEntry?> GetNeedAsync(Guid needId, CancellationToken cancellationToken);

    Task<IReadOnlyList<NeedEntry>> GetNeedsAsync(Guid itemId, CancellationToken cancellationToken);

    /// <summary>Adds the support unless it exists; true when added.</summary>
    Task<bool> AddNeedSupportAsync(NeedSupport support, CancellationToken cancellationToken);

    Task<IReadOnlyList<NeedSupport>> GetNeedSupportsAsync(Guid itemId, CancellationToken cancellationToken);

    /// <summary>
    /// The supporters of each of the item's needs that stands, by its id, as
    /// <see cref="Results.ResultsCalculator.CountSupporters"/> counts them (authors included, each person once per merged
    /// need), for a ranking that never holds the supports. This default reads needs and supports whole; stores override it.
    /// </summary>
    async Task<IReadOnlyDictionary<Guid, int>> CountNeedSupportersAsync(Guid itemId, CancellationToken cancellationToken) =>
        Results.ResultsCalculator.CountSupporters(await GetNeedsAsync(itemId, cancellationToken), await GetNeedSupportsAsync(itemId, cancellationToken));

    /// <summary>
    /// Who filed the item's needs, as the disclosure rule counts them (see <see cref="Results.NeedFilers"/>), for a
    /// ranking that is streamed. This default reads the needs whole; stores override it.
    /// </summary>
    async Task<Results.NeedFilers> CountNeedFilersAsync(Guid itemId, CancellationToken cancellationToken) =>
        Results.NeedFilers.Of(await GetNeedsAsync(itemId, cancellationToken));

    /// <summary>
    /// The item's needs that stand, ranked as <see cref="Results.ResultsCalculator.Rank"/> ranks them, read as a stream:
    /// the database counts and ranks them, so a ranking of 100,000 needs is read without their supports or entities.
    /// No disclosure control: the caller publishes through <see cref="Results.ResultsCalculator.ComputeNeeds(ForumItem, Results.NeedFilers, IReadOnlyList{Results.RankedNeed}, ForumSeries)"/>.
    /// This default ranks them in memory; stores override it.
    /// </summary>
    async IAsyncEnumerable<Results.RankedNeed> StreamRankedNeedsAsync(Guid itemId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var need in Results.ResultsCalculator.Rank(await GetNeedsAsync(itemId, cancellationToken), await CountNeedSupportersAsync(itemId, cancellationToken)))
        {
            yield return need;
        }
    }

    /// <summary>
    /// The entries <paramref name="respondentKey"/> filed in the item, oldest first, each with the shown text of the
    /// need it was merged into.
    /// </summary>
    Task<IReadOnlyList<OwnNeed>> GetOwnNeedsAsync(Guid itemId, string respondentKey, CancellationToken cancellationToken);

    /// <summary>
    /// One merge or unmerge in one transaction: holds the item's needs against concurrent changes, passes them as
    /// stored to <paramref name="decide"/>, and writes the merge state it returns. Nothing is written when it refuses.
    /// </summary>
    /// <returns>The item's needs after the change, or the refusal.</returns>
    Task<Outcome<IReadOnlyList<NeedEntry>>> ChangeMergesAsync(Guid itemId, Func<IReadOnlyList<NeedEntry>, Outcome<IReadOnlyList<NeedMergeWrite>>> decide,
        CancellationToken cancellationToken);
}
