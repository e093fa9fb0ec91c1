using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Collaboration.Forums.Store.Privacy;

public static class RetentionHostingExtensions
{
    /// <summary>
    /// Runs the retention sweep in this process (the "Retention" section, checked at start). Needs <c>AddForumStore()</c>,
    /// which registers the sweeper itself for hosts that run it on demand.
    /// </summary>
    public static IHostApplicationBuilder AddRetention(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHostedService<RetentionWorker>();
        return builder;
    }
}
