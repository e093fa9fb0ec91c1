using System.Globalization;
using System.Runtime.CompilerServices;
using Collaboration.Forums.Items;
using Collaboration.Forums.Results;
using Collaboration.Forums.Store.Postgres;
using Collaboration.Forums.Store.Sql;
using Microsoft.EntityFrameworkCore.Storage;

namespace Collaboration.Forums.Store;

/// <summary>The needs counted and ranked by the database, for rankings that never hold the needs or their supports.</summary>
internal sealed partial class EfForumStore
{
    public async Task<IReadOnlyDictionary<Guid, int>> CountNeedSupportersAsync(Guid itemId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var rows = await ReadNeedsAsync(db, NeedSupporterSql.Select, itemId, cancellationToken);
        var reader = rows.DbDataReader;
        var supporters = new Dictionary<Guid, int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            supporters.Add(reader.GetGuid(0), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture));
        }

        return supporters;
    }

    public async Task<NeedFilers> CountNeedFilersAsync(Guid itemId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var rows = await ReadNeedsAsync(db, NeedFilerSql.Select, itemId, cancellationToken);
        var reader = rows.DbDataReader;
        var known = new Dictionary<string, int>(StringComparer.Ordinal);
        var respondents = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var filers = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
            respondents += filers;
            if (reader.GetString(0) is { Length: > 0 } group)
            {
                known.Add(group, filers);
            }
        }

        return new NeedFilers(respondents, known);
    }

    public IAsyncEnumerable<RankedNeed> StreamRankedNeedsAsync(Guid itemId, CancellationToken cancellationToken) =>
        RankedNeedOrder.FromCodePointOrder(ReadRankedNeedsAsync(itemId, cancellationToken), cancellationToken);

    // One row per need and each need merged into it (RankedNeedSql); a need is yielded once its last row is read.
    private async IAsyncEnumerable<RankedNeed> ReadRankedNeedsAsync(Guid itemId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var postgres = db is PostgresForumDbContext;
        await using var rows = await ReadNeedsAsync(db, RankedNeedSql.Ranked(postgres), itemId, cancellationToken);
        var reader = rows.DbDataReader;
        RankedNeed? need = null;
        List<NeedSource>? sources = null;
        // An item has a handful of topics and up to 100,000 needs, which the streamed report holds while it is written:
        // one string per topic, not one per need (5 MiB of the report's resident set at 113,355 needs).
        var topics = new Dictionary<string, string>(StringComparer.Ordinal);
        string Topic(int ordinal)
        {
            var key = reader.GetString(ordinal);
            return topics.TryGetValue(key, out var kept) ? kept : topics[key] = key;
        }

        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetGuid(0);
            if (need is not null && need.NeedId != id)
            {
                yield return WithSources(need, sources);
                sources = null;
            }

            if (need is null || need.NeedId != id)
            {
                var created = postgres ? reader.GetFieldValue<DateTimeOffset>(4) : new DateTimeOffset(reader.GetInt64(4), TimeSpan.Zero);
                need = new RankedNeed(id, (int)reader.GetInt64(6), RankedNeedSql.Kind(reader.GetInt64(1)), Topic(2), reader.GetString(3),
                    (int)reader.GetInt64(5), created);
            }

            if (!reader.IsDBNull(8))
            {
                // The need that stayed comes first among the sources, with its own text (ResultsCalculator.Rank).
                sources ??= [new NeedSource(need.NeedId, need.Kind, need.TopicKey, reader.GetString(7))];
                sources.Add(new NeedSource(reader.GetGuid(8), Enum.Parse<NeedKind>(reader.GetString(9)), Topic(10), reader.GetString(11)));
            }
        }

        if (need is not null)
        {
            yield return WithSources(need, sources);
        }
    }

    private static RankedNeed WithSources(RankedNeed need, List<NeedSource>? sources) => sources is null ? need : need with { Sources = sources };

    private static Task<RelationalDataReader> ReadNeedsAsync(DbContext db, string sql, Guid itemId, CancellationToken cancellationToken) =>
        StreamingReads.ExecuteReaderAsync(db, sql, new ModelParameters<NeedEntryEntity>(db).Add(nameof(NeedEntryEntity.ItemId), itemId).ToArray(), cancellationToken);
}
