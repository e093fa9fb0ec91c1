using Collaboration.Forums.Application;
using Collaboration.Forums.Store.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Collaboration.Forums.Store;

public static class ChangeNotificationExtensions
{
    /// <summary>
    /// On PostgreSQL, tells the other instances on the database about every item this one changes (NOTIFY) and hears
    /// theirs on one LISTEN connection, so a live view on any instance follows votes taken on all of them. On SQLite
    /// it does nothing: one process, whose changes reach its own views directly. Needs <c>AddForumStore()</c>.
    /// </summary>
    public static IHostApplicationBuilder AddItemChangeNotifications(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ItemChanges>();
        services.AddSingleton<NotificationConnections>();
        services.AddSingleton<ChangeNotifier>();
        services.AddSingleton<IItemChangeListener>(sp => sp.GetRequiredService<ChangeNotifier>());
        services.AddHostedService(sp => sp.GetRequiredService<ChangeNotifier>());
        services.AddHostedService<ChangeListener>();
        return builder;
    }
}
