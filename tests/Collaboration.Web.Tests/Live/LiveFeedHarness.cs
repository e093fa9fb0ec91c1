using System.Text.Json;
using Collaboration.Forums.Application;
using Collaboration.Web.Live;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Collaboration.Web.Tests.Live;

/// <summary>A live feed on a test source, told of changes through the domain's <see cref="ItemChanges"/> as in the host.</summary>
internal sealed class LiveFeedHarness : IDisposable
{
    private readonly ServiceProvider _services;

    public LiveFeedHarness(CountingItemSource source, TimeSpan? interval = null)
    {
        Source = source;
        _services = new ServiceCollection().AddSingleton<ILiveItemSource>(source).BuildServiceProvider();
        var options = new LiveOptions { LiveFirstDelay = TimeSpan.Zero, LiveInterval = interval ?? TimeSpan.FromMilliseconds(50) };
        Feed = new LiveFeed(_services.GetRequiredService<IServiceScopeFactory>(), Options.Create(options), TimeProvider.System, NullLogger<LiveFeed>.Instance);
        Changes = new ItemChanges([Feed]);
    }

    public CountingItemSource Source { get; }

    public LiveFeed Feed { get; }

    public ItemChanges Changes { get; }

    /// <summary>The next update of a subscription, parsed; fails the test when none comes within ten seconds (a hang, not a timing).</summary>
    public static async Task<JsonElement> NextAsync(LiveSubscription subscription)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.True(await subscription.Updates.WaitToReadAsync(timeout.Token), "the subscription ended");
        Assert.True(subscription.Updates.TryRead(out var update));
        return JsonDocument.Parse(update).RootElement.Clone();
    }

    public void Dispose()
    {
        Feed.Dispose();
        _services.Dispose();
        Source.Dispose();
    }
}
