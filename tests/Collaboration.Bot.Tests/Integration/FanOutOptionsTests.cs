using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace Collaboration.Bot.Tests.Integration;

/// <summary>A rate limit that could never be kept stops the host at start, not the first fan-out hours later.</summary>
public sealed class FanOutOptionsTests
{
    [Theory]
    [InlineData("TenantLimits", "50", "00:00:00")]
    [InlineData("ThreadLimits", "0", "00:00:01")]
    public async Task A_rate_window_without_count_or_length_refuses_to_start(string limits, string count, string window)
    {
        await using var store = ThrowAwayStore.Sqlite();
        var refused = Assert.IsType<OptionsValidationException>(HostStart.Failure(() => new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseSetting("Bot:AllowUnauthenticated", "true")
            .UseSetting("ForumStore:ConnectionString", store.ConnectionString)
            .UseSetting("Bot:AnonymitySecret", Convert.ToBase64String(new byte[32]))
            .UseSetting("Logging:LogLevel:Default", "Warning")
            .UseSetting($"FanOut:{limits}:0:Count", count)
            .UseSetting($"FanOut:{limits}:0:Window", window))));
        Assert.Contains("FanOut:ThreadLimits and FanOut:TenantLimits", refused.Message, StringComparison.Ordinal);
    }
}
