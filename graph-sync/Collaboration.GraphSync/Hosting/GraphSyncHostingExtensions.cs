using Azure.Core;
using Collaboration.Forums.Store;
using Collaboration.GraphSync.Archive;
using Collaboration.GraphSync.Graph;
using Collaboration.GraphSync.Jobs;
using Collaboration.GraphSync.Worker;
using Collaboration.Reports.Building;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Collaboration.GraphSync.Hosting;

public static class GraphSyncHostingExtensions
{
    /// <summary>
    /// Registers the archive job and the Graph clients from the "GraphSync" section, and the outbox worker when
    /// <c>GraphSync:Enabled</c> is true (only then are the settings checked at start, naming a wrong key).
    /// Needs <c>AddForumStore()</c> for the outbox and the forum data.
    /// </summary>
    public static IHostApplicationBuilder AddGraphSync(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var settings = services.AddOptions<GraphSyncOptions>().BindConfiguration(GraphSyncOptions.SectionName).ValidateDataAnnotations();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphSyncOptions>, GraphSyncOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TokenCredential>(sp => GraphCredentialFactory.Create(sp.GetRequiredService<IOptions<GraphSyncOptions>>().Value));
        services.TryAddSingleton(sp => new GraphClients(sp.GetRequiredService<TokenCredential>(), sp.GetRequiredService<IOptions<GraphSyncOptions>>().Value));
        services.TryAddSingleton(sp => new SeriesReportBuilder(sp.GetRequiredService<IForumStore>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ArchiveDocuments>();
        services.TryAddSingleton<ForumArchiveBuilder>();
        services.TryAddSingleton<DriveUploader>();
        services.TryAddSingleton<NeedsListColumns>();
        services.TryAddSingleton<ListBatchRunner>();
        services.TryAddSingleton<NeedsListWriter>();
        // A host that can tell people of a finished archive (the bot) registers its own listener.
        services.TryAddSingleton<IArchiveListener, NoArchiveListener>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxJob, ArchiveForumJob>());
        // Random.Shared is thread-safe, and jitter needs no reproducible sequence; tests pass their own Random.
        services.TryAddSingleton(sp => new RetrySchedule(sp.GetRequiredService<IOptions<GraphSyncOptions>>(), Random.Shared));
        services.TryAddTransient<GraphSyncWorker>();
        services.AddHealthChecks().AddCheck<StuckJobsHealthCheck>("graph-sync-outbox");

        if (builder.Configuration.GetValue<bool>($"{GraphSyncOptions.SectionName}:{nameof(GraphSyncOptions.Enabled)}"))
        {
            settings.ValidateOnStart();
            services.AddHostedService(sp => sp.GetRequiredService<GraphSyncWorker>());
        }

        return builder;
    }
}
