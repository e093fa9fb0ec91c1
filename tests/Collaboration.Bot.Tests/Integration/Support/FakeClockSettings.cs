namespace Collaboration.Bot.Tests.Integration.Support;

/// <summary>
/// Settings of a host on a fake clock: every Teams call waits for the rate limiter, and a limiter on a clock that only
/// the test moves would hold a turn's replies (a forum's start posts more cards than Teams allows a chat per second)
/// until the HTTP call times out. The limits are raised far out of reach; the tests that need them set their own.
/// </summary>
public static class FakeClockSettings
{
    public static Dictionary<string, string?> With(params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["FanOut:ThreadLimits:0:Count"] = "100000",
            ["FanOut:ThreadLimits:0:Window"] = "00:00:01",
            ["FanOut:TenantLimits:0:Count"] = "100000",
            ["FanOut:TenantLimits:0:Window"] = "00:00:01",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }
}
