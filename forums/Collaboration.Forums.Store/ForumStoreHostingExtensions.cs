using Collaboration.Forums.Store.Diagnostics;
using Collaboration.Forums.Privacy;
using Collaboration.Forums.Store.Outbox;
using Collaboration.Forums.Store.Postgres;
using Collaboration.Forums.Store.Privacy;
using Collaboration.Forums.Store.Sqlite;
using Collaboration.Forums.Store.Votes;
using Collaboration.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Collaboration.Forums.Store;

public static class ForumStoreHostingExtensions
{
    /// <summary>
    /// Registers <see cref="IForumStore"/>, <see cref="ISeriesCatalog"/>, <see cref="IConversationStore"/>, <see cref="IOutbox"/>, <see cref="IKeyCheckStore"/> and <see cref="ISharedFileStore"/> on the database the "ForumStore"
    /// section names, migrates it at start and adds a health check named "forum-store". A wrong setting stops the host
    /// at start with a message naming the key.
    /// </summary>
    public static IHostApplicationBuilder AddForumStore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ForumStoreOptions>()
            .BindConfiguration(ForumStoreOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Both providers are registered and the options pick one when first asked, so the choice is read through
        // the validated options (and tests or hosts may change configuration until the host is built).
        // Pooled: every store call creates a context, and building one from scratch (options, service provider lookup)
        // cost about a tenth of a vote's CPU in profiles; pooled contexts are reset and reused instead.
        services.AddCollaborationMetrics();
        services.TryAddSingleton<StoreCommands>();
        services.TryAddSingleton<CommandCounting>();
        services.TryAddSingleton<SqliteSpans>();
        // SQLite gets our statement spans; PostgreSQL's come from Npgsql's own instrumentation (AddCollaborationTelemetry).
        services.AddPooledDbContextFactory<SqliteForumDbContext>((sp, options) =>
            SqliteForumDbContext.Configure(options.AddInterceptors(sp.GetRequiredService<CommandCounting>(), sp.GetRequiredService<SqliteSpans>()), SqliteConnectionStrings.Resolve(
                sp.GetRequiredService<IOptions<ForumStoreOptions>>().Value.ConnectionString,
                sp.GetRequiredService<IHostEnvironment>().ContentRootPath)));
        // One queue per instance in front of Npgsql's pool, as many permits as the pool has connections.
        services.TryAddSingleton(sp =>
        {
            var store = sp.GetRequiredService<IOptions<ForumStoreOptions>>().Value;
            return new PoolQueue(PostgresForumDbContext.PoolSizeOf(store.ConnectionString!), store.PoolWait);
        });
        services.AddPooledDbContextFactory<PostgresForumDbContext>((sp, options) =>
            PostgresForumDbContext.Configure(options.AddInterceptors(sp.GetRequiredService<CommandCounting>(), sp.GetRequiredService<PoolQueue>()),
                sp.GetRequiredService<IOptions<ForumStoreOptions>>().Value.ConnectionString!));
        services.AddSingleton<IDbContextFactory<ForumDbContext>>(sp =>
            sp.GetRequiredService<IOptions<ForumStoreOptions>>().Value.Provider == ForumStoreProvider.Postgres
                ? new ForumContextFactory<PostgresForumDbContext>(sp.GetRequiredService<IDbContextFactory<PostgresForumDbContext>>())
                : new ForumContextFactory<SqliteForumDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteForumDbContext>>()));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<ForumDbContext>>().CreateDbContext());

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SeriesSnapshots>();
        services.AddSingleton<KeptParticipants>();
        services.AddSingleton<KeptBindings>();
        services.AddSingleton<SqliteWriteGate>();
        // One queue and writer per instance, shared by both EfForumStore registrations (group commit of votes).
        services.AddSingleton<VoteBatches>();
        services.AddSingleton<IForumStore, EfForumStore>();
        // Stateless like the store itself, so a second instance serves the catalog.
        services.AddSingleton<ISeriesCatalog, EfForumStore>();
        services.AddSingleton<IConversationStore, EfConversationStore>();
        services.AddSingleton<IMeetingEventLog, EfMeetingEventLog>();
        services.AddSingleton<IOutbox, EfOutbox>();
        services.AddSingleton<IFanOutStore, EfFanOutStore>();
        services.AddSingleton<IKeyCheckStore, EfKeyCheckStore>();
        services.AddSingleton<ISharedFileStore, EfSharedFileStore>();
        services.AddSingleton<ICardUpdateClaims, EfCardUpdateClaims>();
        services.AddSingleton<IPersonalDataStore, EfPersonalDataStore>();
        services.TryAddSingleton(RetentionRules.Secure);
        services.AddSingleton<IRetentionStore, EfRetentionStore>();
        services.AddSingleton<RetentionSweeper>();
        services.AddHostedService<ForumStoreMigrator>();
        services.AddHealthChecks().AddDbContextCheck<ForumDbContext>("forum-store");
        return builder;
    }
}
