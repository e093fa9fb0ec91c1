using Azure.Core;
using Collaboration.Forums.Retries;
using Collaboration.Forums.Store;
using Collaboration.Forums.Store.Outbox;
using Collaboration.GraphSync.Archive;
using Collaboration.GraphSync.Graph;
using Collaboration.GraphSync.Jobs;
using Collaboration.Reports.Building;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Collaboration.GraphSync.Hosting;

public static class GraphSyncHostingExtensions
{
    /// <summary>
    /// Makes this process archive closed forums to SharePoint when <c>GraphSync:Enabled</c> is true: the archive job
    /// with the Graph clients from the "GraphSync" section (checked at start, naming a wrong key) and the outbox
    /// worker that runs it. Off, archive messages wait in the outbox for a process that has it on (the graph-sync
    /// host, or a bot instance). Needs <c>AddForumStore()</c> for the outbox and the forum data.
    /// </summary>
    public static IHostApplicationBuilder AddGraphSync(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Configuration.GetValue<bool>($"{GraphSyncOptions.SectionName}:{nameof(GraphSyncOptions.Enabled)}"))
        {
            return builder;
        }

        var services = builder.Services;
        services.AddGraphArchive();
        services.AddOutboxJob<ArchiveForumJob>();
        services.AddOutboxJob<ErasePersonArchiveJob>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFailureClassifier, GraphFailureClassifier>());
        services.AddOutboxWorker();
        return builder;
    }

    /// <summary>
    /// The archive's parts without the jobs and the worker that run them: options (validated at start), credential,
    /// Graph clients, archive builder, uploader and needs list writer. <see cref="AddGraphSync"/> adds them only when
    /// graph-sync is enabled, so a disabled process never needs Graph settings; the graph-sync benchmark drives these
    /// parts directly, without an outbox.
    /// </summary>
    internal static IServiceCollection AddGraphArchive(this IServiceCollection services)
    {
        services.AddOptions<GraphSyncOptions>().BindConfiguration(GraphSyncOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphSyncOptions>, GraphSyncOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        // One jitter source per process, shared with the outbox worker's retries; tests register a seeded one.
        services.TryAddSingleton(_ => new Jitter(new Random()));
        services.AddCollaborationMetrics();
        services.TryAddSingleton<TokenCredential>(sp => GraphCredentialFactory.Create(sp.GetRequiredService<IOptions<GraphSyncOptions>>().Value));
        services.TryAddSingleton(sp => new GraphClients(sp.GetRequiredService<TokenCredential>(), sp.GetRequiredService<IOptions<GraphSyncOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Jitter>(), metrics: sp.GetRequiredService<CollaborationMetrics>()));
        services.TryAddSingleton(sp => new SeriesReportBuilder(sp.GetRequiredService<IForumStore>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ArchiveDocuments>();
        services.TryAddSingleton<ForumArchiveBuilder>();
        services.TryAddSingleton<DriveUploader>();
        services.TryAddSingleton<NeedsListColumns>();
        services.TryAddSingleton<ListBatchRunner>();
        services.TryAddSingleton<NeedsListWriter>();
        services.TryAddSingleton<ForumArchiver>();
        return services;
    }
}
