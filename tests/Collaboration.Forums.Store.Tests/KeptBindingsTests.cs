using Collaboration.Forums.Store.Kept;

namespace Collaboration.Forums.Store.Tests;

/// <summary>The vote path's kept ties of conversation and series: bounded in time, forgotten on erasure and expiry.</summary>
public sealed class KeptBindingsTests
{
    private static readonly Guid SeriesA = new(1, 0, 0, new byte[8]);
    private static readonly Guid SeriesB = new(2, 0, 0, new byte[8]);

    [Fact]
    public void A_kept_tie_is_used_until_its_maximum_age_and_read_again_after_it()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));
        var kept = new KeptBindings(clock);
        kept.KeepBound("19:chat@thread.v2", SeriesA);
        kept.KeepSentInto(SeriesA, "a:personal-anna", sent: true);

        clock.Advance(KeptParticipants.MaxAge);
        Assert.Equal(SeriesA, kept.BoundSeries("19:chat@thread.v2"));
        Assert.True(kept.SentInto(SeriesA, "a:personal-anna"));

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(kept.BoundSeries("19:chat@thread.v2"));
        Assert.False(kept.SentInto(SeriesA, "a:personal-anna"));
    }

    [Fact]
    public void Only_ties_that_hold_are_kept_and_a_stale_one_is_forgotten()
    {
        var kept = new KeptBindings(new FakeTimeProvider());
        kept.KeepBound("19:chat@thread.v2", SeriesA);
        kept.KeepSentInto(SeriesA, "a:personal-anna", sent: true);
        kept.KeepSentInto(SeriesB, "a:personal-anna", sent: true);

        kept.KeepBound("19:chat@thread.v2", null);
        kept.KeepSentInto(SeriesB, "a:personal-anna", sent: false);
        kept.Forget(new ConversationTie("a:personal-anna", SeriesA, SentInto: true));

        Assert.Null(kept.BoundSeries("19:chat@thread.v2"));
        Assert.False(kept.SentInto(SeriesA, "a:personal-anna"));
        Assert.False(kept.SentInto(SeriesB, "a:personal-anna"));
    }

    [Fact]
    public void Forgetting_a_series_removes_its_ties_and_keeps_other_series()
    {
        var kept = new KeptBindings(new FakeTimeProvider());
        kept.KeepBound("19:a@thread.v2", SeriesA);
        kept.KeepBound("19:b@thread.v2", SeriesB);
        kept.KeepSentInto(SeriesA, "a:personal-anna", sent: true);
        kept.KeepSentInto(SeriesB, "a:personal-anna", sent: true);

        kept.ForgetSeries(SeriesA);

        Assert.Null(kept.BoundSeries("19:a@thread.v2"));
        Assert.False(kept.SentInto(SeriesA, "a:personal-anna"));
        Assert.Equal(SeriesB, kept.BoundSeries("19:b@thread.v2"));
        Assert.True(kept.SentInto(SeriesB, "a:personal-anna"));
    }

    [Fact]
    public void An_erasure_forgets_every_tie()
    {
        var kept = new KeptBindings(new FakeTimeProvider());
        kept.KeepBound("19:a@thread.v2", SeriesA);
        kept.KeepSentInto(SeriesB, "a:personal-anna", sent: true);

        kept.ForgetAll();

        Assert.Null(kept.BoundSeries("19:a@thread.v2"));
        Assert.False(kept.SentInto(SeriesB, "a:personal-anna"));
    }
}
