using Collaboration.Forums.Retries;

namespace Collaboration.Forums.Tests.Retries;

public sealed class RetryPolicyTests
{
    private static readonly RetryPolicy Policy = new(MaxAttempts: 5, BaseDelay: TimeSpan.FromSeconds(1), MaxDelay: TimeSpan.FromSeconds(30));

    private static readonly Failure Hiccup = Failure.Transient("502");

    [Fact]
    public void Throttling_waits_exactly_as_long_as_Retry_After_asks() =>
        Assert.Equal(TimeSpan.FromSeconds(7), Policy.NextDelay(Failure.Throttled(TimeSpan.FromSeconds(7), "429"), 1, jitter: 0.9));

    [Fact]
    public void A_counted_job_waits_at_least_its_backoff_however_short_the_Retry_After_and_longer_if_asked()
    {
        var jobs = Policy with { ThrottleWaitsAtLeastBackoff = true };

        Assert.Equal(TimeSpan.FromSeconds(8), jobs.NextDelay(Failure.Throttled(TimeSpan.FromSeconds(1), "503"), 4, jitter: 1));
        Assert.Equal(TimeSpan.FromSeconds(20), jobs.NextDelay(Failure.Throttled(TimeSpan.FromSeconds(20), "429"), 4, jitter: 1));
        Assert.Null(jobs.NextDelay(Failure.Throttled(TimeSpan.FromSeconds(1), "503"), 5, jitter: 0));
    }

    [Fact]
    public void Transient_failures_back_off_exponentially_with_jitter_up_to_the_cap()
    {
        Assert.Equal(TimeSpan.FromSeconds(0.5), Policy.NextDelay(Hiccup, 1, jitter: 0));
        Assert.Equal(TimeSpan.FromSeconds(4), Policy.NextDelay(Hiccup, 3, jitter: 1));
        Assert.Equal(TimeSpan.FromSeconds(3), Policy.NextDelay(Hiccup, 3, jitter: 0.5));
        Assert.Equal(TimeSpan.FromSeconds(30), new RetryPolicy(20, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30)).NextDelay(Hiccup, 12, jitter: 1));
    }

    [Fact]
    public void Throttling_without_Retry_After_backs_off_like_any_transient_failure() =>
        Assert.Equal(TimeSpan.FromSeconds(2), Policy.NextDelay(Failure.Throttled(null, "429"), 2, jitter: 1));

    [Fact]
    public void A_permanent_failure_is_given_up_at_once_and_any_failure_after_the_last_attempt()
    {
        Assert.Null(Policy.NextDelay(Failure.Permanent("403"), 1, jitter: 0));
        Assert.Null(Policy.NextDelay(Hiccup, 5, jitter: 0));
        Assert.Null(Policy.NextDelay(Failure.Throttled(TimeSpan.FromSeconds(1), "429"), 5, jitter: 0));
        Assert.NotNull(Policy.NextDelay(Failure.Throttled(TimeSpan.FromSeconds(1), "429"), 4, jitter: 0));
    }

    [Fact]
    public void A_seeded_jitter_gives_the_same_waits_every_run_and_spreads_them_within_the_upper_half()
    {
        var one = Jitter.Seeded(42);
        var other = Jitter.Seeded(42);
        var first = Enumerable.Range(1, 4).Select(attempt => Policy.NextDelay(Hiccup, attempt, one)).ToList();
        var again = Enumerable.Range(1, 4).Select(attempt => Policy.NextDelay(Hiccup, attempt, other)).ToList();

        Assert.Equal(first, again);
        var jitter = Jitter.Seeded(7);
        var waits = Enumerable.Range(0, 50).Select(_ => Policy.NextDelay(Hiccup, 3, jitter)!.Value).ToList();
        Assert.All(waits, w => Assert.InRange(w, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)));
        Assert.True(waits.Distinct().Count() > 1, "a jitter that never varies does not spread retries");
    }
}
