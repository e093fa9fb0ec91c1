using Collaboration.Forums.Retries;
using Collaboration.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Collaboration.Forums.Store.Outbox;

public static class OutboxHostingExtensions
{
    /// <summary>
    /// Registers a job for outbox messages of its kind. The process runs it only with <see cref="AddOutboxWorker"/>;
    /// without a worker the messages wait in the outbox for a process that has one.
    /// </summary>
    public static IServiceCollection AddOutboxJob<TJob>(this IServiceCollection services)
        where TJob : class, IOutboxJob
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxJob, TJob>());
        return services;
    }

    /// <summary>
    /// Runs this process's outbox jobs in the background (the "Outbox" section sets its pace) and adds the health
    /// check "outbox", which turns Degraded while jobs fail. Safe to call from several AddXyz() methods.
    /// </summary>
    public static IServiceCollection AddOutboxWorker(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(OutboxWorker)))
        {
            return services;
        }

        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        // One jitter source per process, shared with the fan-out and Graph retries; tests register a seeded one.
        services.TryAddSingleton(_ => new Jitter(new Random()));
        services.AddCollaborationMetrics();
        services.TryAddSingleton<OutboxBacklog>();
        services.AddTransient<OutboxWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxWorker>());
        services.AddHealthChecks().AddCheck<StuckJobsHealthCheck>("outbox");
        return services;
    }
}
