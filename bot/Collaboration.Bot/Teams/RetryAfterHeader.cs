using System.Net.Http.Headers;

namespace Collaboration.Bot.Teams;

/// <summary>How long Teams asked the bot to wait: Retry-After in seconds or as a date (RFC 9110 allows both).</summary>
internal static class RetryAfterHeader
{
    public static TimeSpan? Read(RetryConditionHeaderValue? value, DateTimeOffset now) => value switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - now is { Ticks: > 0 } left ? left : TimeSpan.Zero,
        _ => null,
    };

    public static TimeSpan? Read(string? value, DateTimeOffset now) =>
        RetryConditionHeaderValue.TryParse(value, out var parsed) ? Read(parsed, now) : null;
}
