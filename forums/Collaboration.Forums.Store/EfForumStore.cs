using System.Globalization;
using System.Runtime.CompilerServices;
using Collaboration.Forums.Answers;
using Collaboration.Forums.Outbox;
using Collaboration.Forums.Participants;
using Collaboration.Forums.Results;
using Collaboration.Forums.Series;
using Collaboration.Forums.Store.Mapping;
using Collaboration.Forums.Store.Postgres;
using Collaboration.Forums.Store.Sql;
using Collaboration.Forums.Store.Sqlite;
using Collaboration.Forums.Store.Votes;

namespace Collaboration.Forums.Store;

/// <summary>
/// One DbContext per call, so the store is a thread-safe singleton. Reads are single no-tracking statements (one
/// snapshot each); writes are one SaveChanges or one INSERT ... ON CONFLICT statement.
/// </summary>
internal sealed partial class EfForumStore(IDbContextFactory<ForumDbContext> contexts, SeriesSnapshots snapshots, KeptParticipants participants, KeptBindings bindings, SqliteWriteGate writes, VoteBatches votes, TimeProvider time)
    : IForumStore
{
    public async Task AddSeriesAsync(ForumSeries series, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Series.Add(SeriesMapping.ToEntity(series));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<ForumSeries?> GetSeriesAsync(Guid seriesId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await SnapshotAsync(db, seriesId, cancellationToken);
    }

    public async Task<ForumSeries?> GetSeriesOfItemAsync(Guid itemId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (snapshots.SeriesOfItem(itemId) is { } seriesId)
        {
            return await SnapshotAsync(db, seriesId, cancellationToken);
        }

        var entity = await WithForumsAndItems(db.Series.AsNoTracking())
            .FirstOrDefaultAsync(s => s.Forums.Any(f => f.Items.Any(i => i.Id == itemId)), cancellationToken);
        return entity is null ? null : Keep(entity);
    }

    /// <summary>The kept snapshot without the revision read; a vote's batch checks the revision (<see cref="VoteBatches"/>).</summary>
    public async Task<ForumSeries?> GetKeptSeriesOfItemAsync(Guid itemId, CancellationToken cancellationToken) =>
        snapshots.SeriesOfItem(itemId) is { } seriesId && snapshots.Kept(seriesId) is { } kept ? kept : await GetSeriesOfItemAsync(itemId, cancellationToken);

    public async Task<ForumSeries?> GetSeriesForChangeAsync(Guid seriesId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await WithForumsAndItems(db.Series.AsNoTracking()).FirstOrDefaultAsync(s => s.Id == seriesId, cancellationToken);
        return entity is null ? null : SeriesMapping.ToDomain(entity);
    }

    public Task UpdateSeriesAsync(ForumSeries series, CancellationToken cancellationToken) =>
        UpdateSeriesAsync(series, [], cancellationToken);

    public async Task UpdateSeriesAsync(ForumSeries series, IReadOnlyList<OutboxMessage> outbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(outbox);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await WithForumsAndItems(db.Series).FirstOrDefaultAsync(s => s.Id == series.Id, cancellationToken)
            ?? throw new InvalidOperationException($"Series {series.Id} is not stored; add it before updating it.");

        // Every instance's snapshot of the series is stale from this commit on (SeriesSnapshots).
        stored.Revision++;
        stored.RetentionMonths = series.RetentionMonths;
        foreach (var forum in series.Forums)
        {
            var storedForum = stored.Forums.Find(f => f.Id == forum.Id);
            if (storedForum is null)
            {
                db.Forums.Add(SeriesMapping.ToEntity(series.Id, forum));
                continue;
            }

            if (forum.Status == ForumStatus.Closed && storedForum.Status != ForumStatus.Closed)
            {
                storedForum.ClosedAt = time.GetUtcNow();
            }

            storedForum.Status = forum.Status;
            foreach (var item in forum.Items)
            {
                var storedItem = storedForum.Items.Find(i => i.Id == item.Id);
                if (storedItem is null)
                {
                    db.Items.Add(SeriesMapping.ToEntity(forum.Id, item));
                }
                else
                {
                    SeriesMapping.CopyTo(item, storedItem);
                }
            }
        }

        db.Outbox.AddRange(outbox.Select(OutboxMapping.ToEntity));

        // One SaveChanges: statuses, new items, changed specs and the outbox rows commit together or not at all.
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<Participant?> GetParticipantAsync(Guid seriesId, string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.Participants.AsNoTracking()
            .FirstOrDefaultAsync(p => p.SeriesId == seriesId && p.UserId == userId, cancellationToken);
        var participant = entity is null ? null : AnswerMapping.ToDomain(entity);
        // Every fresh read renews the kept row, so a vote refused as stale finds the row as it is now kept after its re-read.
        participants.Keep(seriesId, userId, participant);
        return participant;
    }

    /// <summary>The kept row without reading it; a vote's batch checks it (<see cref="KeptParticipants"/>).</summary>
    public async Task<Participant?> GetKeptParticipantAsync(Guid seriesId, string userId, CancellationToken cancellationToken) =>
        participants.Find(seriesId, userId) ?? await GetParticipantAsync(seriesId, userId, cancellationToken);

    public async Task<Participant> SaveParticipantAsync(Participant participant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(participant);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var parameters = RowParameters.For<ParticipantEntity>(db, UpsertSql.Participant, participant);
        var stored = await writes.RunAsync(db, () => db.Participants.FromSqlRaw(UpsertSql.Participant, parameters)
            .AsNoTracking().ToListAsync(cancellationToken), cancellationToken);
        var saved = AnswerMapping.ToDomain(stored.Single());
        participants.Keep(saved.SeriesId, saved.UserId, saved);
        return saved;
    }

    public async Task<IReadOnlyList<Participant>> GetParticipantsAsync(Guid seriesId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entities = await db.Participants.AsNoTracking().Where(p => p.SeriesId == seriesId)
            .OrderBy(p => p.JoinedAt).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        return [.. entities.Select(AnswerMapping.ToDomain)];
    }

    public async Task<IReadOnlyDictionary<string, int>> CountParticipantsByGroupAsync(Guid seriesId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Participants.AsNoTracking().Where(p => p.SeriesId == seriesId).GroupBy(p => p.GroupKey)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellationToken);
    }

    public async Task<ResponseWrite> UpsertResponseAsync(Response response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var written = await writes.RunAsync(db, () => db.Responses.FromSqlRaw(UpsertSql.Response, ResponseParameters.For(db, response))
            .AsNoTracking().ToListAsync(cancellationToken), cancellationToken);
        return written switch
        {
            [] => ResponseWrite.Unchanged,
            [{ Revision: 1 }] => ResponseWrite.Inserted,
            _ => ResponseWrite.Updated,
        };
    }

    public Task<ResponseWrite> UpsertOpenResponseAsync(Response response, CancellationToken cancellationToken) =>
        votes.WriteAsync(response, snapshotRevision: null, voter: null, tie: null, cancellationToken);

    public Task<ResponseWrite> UpsertOpenResponseAsync(Response response, ForumSeries readFrom, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(readFrom);
        return votes.WriteAsync(response, snapshots.RevisionOf(readFrom), voter: null, tie: null, cancellationToken);
    }

    public Task<ResponseWrite> UpsertOpenResponseAsync(Response response, ForumSeries readFrom, Participant votedAs, CancellationToken cancellationToken) =>
        UpsertOpenResponseAsync(response, readFrom, votedAs, decidedIn: null, cancellationToken);

    public async Task<ResponseWrite> UpsertOpenResponseAsync(Response response, ForumSeries readFrom, Participant votedAs, ConversationTie? decidedIn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(readFrom);
        ArgumentNullException.ThrowIfNull(votedAs);
        var write = await votes.WriteAsync(response, snapshots.RevisionOf(readFrom), new Voter(votedAs.Id, votedAs.GroupKey), decidedIn, cancellationToken);
        if (write == ResponseWrite.Stale)
        {
            // Perhaps the kept row or tie is what is stale (changed or erased on another instance): the vote's re-read renews it.
            participants.Forget(votedAs.SeriesId, votedAs.UserId);
            if (decidedIn is not null)
            {
                bindings.Forget(decidedIn);
            }
        }

        return write;
    }

    public async Task<Response?> GetResponseAsync(Guid itemId, string respondentKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.Responses.AsNoTracking()
            .FirstOrDefaultAsync(r => r.ItemId == itemId && r.RespondentKey == respondentKey, cancellationToken);
        return entity is null ? null : AnswerMapping.ToDomain(entity);
    }

    public async Task<IReadOnlyList<Response>> GetResponsesAsync(Guid itemId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entities = await db.Responses.AsNoTracking().Where(r => r.ItemId == itemId)
            .OrderBy(r => r.UpdatedAt).ThenBy(r => r.RespondentKey).ToListAsync(cancellationToken);
        return [.. entities.Select(AnswerMapping.ToDomain)];
    }

    /// <summary>
    /// One query whose rows are read as they come, in the order of <see cref="GetResponsesAsync"/>, so the caller holds
    /// one answer at a time however many the item has; the database hands over the text alone (<see cref="OpenAnswerSql"/>).
    /// </summary>
    public async IAsyncEnumerable<string> StreamOpenAnswersAsync(Guid itemId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var rows = await StreamingReads.ExecuteReaderAsync(db, db is PostgresForumDbContext ? OpenAnswerSql.Postgres : OpenAnswerSql.Sqlite,
            new ModelParameters<ResponseEntity>(db).Add(nameof(ResponseEntity.ItemId), itemId).ToArray(), cancellationToken);
        var reader = rows.DbDataReader;
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!reader.IsDBNull(0) && ResultsCalculator.OpenText(reader.GetString(0)) is { } open)
            {
                yield return open;
            }
        }
    }

    /// <summary>
    /// One grouped query (<see cref="AnswerTallySql"/>): the database counts equal answers per group, and each different
    /// answer is parsed once, so the rows read are the answers' variety, not the respondents.
    /// </summary>
    public async Task<IReadOnlyList<AnswerTally>> TallyAnswersAsync(Guid itemId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Through EF, not a bare command: the cards read it while people vote, so like every interactive read it is
        // counted, traced and run through the execution strategy (an unreachable database is "try again").
        var tallies = new List<AnswerTally>();
        await foreach (var row in db.Database.SqlQueryRaw<AnswerTallySql.Row>(AnswerTallySql.Select,
            new ModelParameters<ResponseEntity>(db).Add(nameof(ResponseEntity.ItemId), itemId).ToArray()).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            tallies.Add(new AnswerTally(row.GroupKey, StoreJson.ReadAnswer(row.Answer), checked((int)row.Respondents)));
        }

        return tallies;
    }

    public async Task<int> CountResponsesAsync(Guid itemId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Responses.CountAsync(r => r.ItemId == itemId, cancellationToken);
    }

    public async Task<bool> AddNeedAsync(NeedEntry need, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(need);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var parameters = RowParameters.For<NeedEntryEntity>(db, UpsertSql.NeedEntry, need);
        return await writes.RunAsync(db, () => db.Database.ExecuteThroughStrategyAsync(UpsertSql.NeedEntry, parameters, cancellationToken), cancellationToken) == 1;
    }

    public async Task<NeedEntry?> GetNeedAsync(Guid needId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.NeedEntries.AsNoTracking().FirstOrDefaultAsync(n => n.Id == needId, cancellationToken);
        return entity is null ? null : AnswerMapping.ToDomain(entity);
    }

    public async Task<IReadOnlyList<NeedEntry>> GetNeedsAsync(Guid itemId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entities = await db.NeedEntries.AsNoTracking().Where(n => n.ItemId == itemId)
            .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).ToListAsync(cancellationToken);
        return [.. entities.Select(AnswerMapping.ToDomain)];
    }

    public async Task<bool> AddNeedSupportAsync(NeedSupport support, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(support);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var parameters = new ModelParameters<NeedSupportEntity>(db)
            .Add(nameof(NeedSupportEntity.NeedId), support.NeedId)
            .Add(nameof(NeedSupportEntity.RespondentKey), support.RespondentKey)
            .Add(nameof(NeedSupportEntity.CreatedAt), support.CreatedAt);
        return await writes.RunAsync(db, () => db.Database.ExecuteThroughStrategyAsync(UpsertSql.NeedSupport, parameters.ToArray(), cancellationToken), cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<NeedSupport>> GetNeedSupportsAsync(Guid itemId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entities = await (
                from support in db.NeedSupports.AsNoTracking()
                join need in db.NeedEntries on support.NeedId equals need.Id
                where need.ItemId == itemId
                orderby support.CreatedAt, support.NeedId, support.RespondentKey
                select support)
            .ToListAsync(cancellationToken);
        return [.. entities.Select(AnswerMapping.ToDomain)];
    }

    /// <summary>
    /// The series as stored now: this instance's snapshot when the stored revision (one column of one row) is the
    /// one it was read at, else read whole and kept. Null when the series is not (or no longer) stored.
    /// </summary>
    private async Task<ForumSeries?> SnapshotAsync(ForumDbContext db, Guid seriesId, CancellationToken cancellationToken)
    {
        var revision = await db.Series.AsNoTracking().Where(s => s.Id == seriesId).Select(s => (long?)s.Revision).FirstOrDefaultAsync(cancellationToken);
        if (revision is null)
        {
            snapshots.Forget(seriesId);
            return null;
        }

        if (snapshots.Find(seriesId, revision.Value) is { } kept)
        {
            return kept;
        }

        var entity = await WithForumsAndItems(db.Series.AsNoTracking()).FirstOrDefaultAsync(s => s.Id == seriesId, cancellationToken);
        return entity is null ? null : Keep(entity);
    }

    /// <summary>Maps the entity and keeps it at the revision it was read with (the same statement read both).</summary>
    private ForumSeries Keep(SeriesEntity entity)
    {
        var series = SeriesMapping.ToDomain(entity);
        snapshots.Keep(series, entity.Revision);
        return series;
    }

    // A single query (no split) so forums and items come from one snapshot, never half of a concurrent update.
    private static IQueryable<SeriesEntity> WithForumsAndItems(IQueryable<SeriesEntity> series) =>
        series.Include(s => s.Forums).ThenInclude(f => f.Items).AsSingleQuery();
}
