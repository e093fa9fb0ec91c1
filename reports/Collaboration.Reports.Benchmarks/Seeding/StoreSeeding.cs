using System.Data.Common;
using Collaboration.Forums.Answers;
using Collaboration.Forums.Participants;
using Collaboration.Forums.Ports;
using Collaboration.Forums.Store;
using Collaboration.Forums.Store.Entities;
using Collaboration.Forums.Store.Mapping;
using Collaboration.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Collaboration.Reports.Benchmarks.Seeding;

/// <summary>
/// Puts a simulated series into a fresh SQLite store the way the bot would have left it, in seconds rather than the
/// half hour a million answers through the store's one-statement-per-call API would take: the series through the
/// store, then participants, answers, needs and supports as prepared INSERTs in one transaction. Table, column and
/// value forms (UTC ticks, GUID text, answer JSON) come from the store's own EF model and mapping, so the rows are
/// the ones the store writes.
/// </summary>
internal static class StoreSeeding
{
    public static async Task SeedAsync(string database, InMemoryForumStore source, CancellationToken cancellationToken)
    {
        using var host = StoreHost(database);
        await host.StartAsync(cancellationToken); // migrates the new database
        await host.Services.GetRequiredService<IForumStore>().AddSeriesAsync(source.Series, cancellationToken);
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<ForumDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await InsertAsync(db, source.Participants.Select(Entity), cancellationToken);
            await InsertAsync(db, source.Series.Forums.SelectMany(f => f.Items).SelectMany(i => source.ResponsesOf(i.Id)).Select(Entity), cancellationToken);
            await InsertAsync(db, source.Needs.Select(Entity), cancellationToken);
            await InsertAsync(db, source.Supports.Select(Entity), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await host.StopAsync(cancellationToken);
    }

    /// <summary>A host with the bot's store on the SQLite file, as `reports word --series` reads it.</summary>
    public static IHost StoreHost(string database)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Configuration["ForumStore:ConnectionString"] = $"Data Source={database}";
        builder.AddForumStore();
        // The child process's standard output carries its measurements only.
        builder.Logging.ClearProviders();
        return builder.Build();
    }

    private static async Task InsertAsync<T>(ForumDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the store's model");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = type.GetProperties().Where(p => p.PropertyInfo is not null)
            .Select(p => (Property: p, Name: p.GetColumnName(table)!, Mapping: (RelationalTypeMapping)p.GetRelationalTypeMapping())).ToList();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        List<DbParameter>? parameters = null;
        foreach (var row in rows)
        {
            var values = columns.Select(c => c.Property.PropertyInfo!.GetValue(row)).ToList();
            if (parameters is null)
            {
                // The mappings make the parameters as the store does (GUIDs as text); later rows only change values.
                parameters = [.. columns.Select((c, i) => c.Mapping.CreateParameter(command, $"@p{i}", values[i], c.Property.IsNullable))];
                command.Parameters.AddRange(parameters.ToArray());
                command.Prepare();
            }
            else
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    // The store's converters (UTC ticks) apply to the value, as CreateParameter applied them to the first.
                    var value = columns[i].Mapping.Converter is { } converter && values[i] is not null ? converter.ConvertToProvider(values[i]) : values[i];
                    parameters[i].Value = value ?? DBNull.Value;
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            command.ExecuteNonQuery();
        }
    }

    private static ParticipantEntity Entity(Participant p) => new()
    {
        Id = p.Id, SeriesId = p.SeriesId, UserId = p.UserId, DisplayName = p.DisplayName, GroupKey = p.GroupKey, Organisation = p.Organisation,
        Municipality = p.Municipality, JoinedAt = p.JoinedAt,
    };

    private static ResponseEntity Entity(Response r) => new()
    {
        ItemId = r.ItemId, RespondentKey = r.RespondentKey, ParticipantId = r.ParticipantId, GroupKey = r.GroupKey,
        Answer = StoreJson.Write<Answer>(r.Answer), UpdatedAt = r.UpdatedAt, Revision = 1,
    };

    private static NeedEntryEntity Entity(NeedEntry n) => new()
    {
        Id = n.Id, ItemId = n.ItemId, RespondentKey = n.RespondentKey, ParticipantId = n.ParticipantId, GroupKey = n.GroupKey, Kind = n.Kind,
        TopicKey = n.TopicKey, Text = n.Text, ClientKey = n.ClientKey, CreatedAt = n.CreatedAt, MergedIntoId = n.MergedIntoId, MergedText = n.MergedText,
    };

    private static NeedSupportEntity Entity(NeedSupport s) => new() { NeedId = s.NeedId, RespondentKey = s.RespondentKey, CreatedAt = s.CreatedAt };
}
