using Collaboration.Forums.Store.Kept;

namespace Collaboration.Forums.Store.Tests;

/// <summary>The vote path's kept participant rows are personal data in memory: bounded in time and forgotten on erasure.</summary>
public sealed class KeptParticipantsTests
{
    private static readonly Guid SeriesA = new(1, 0, 0, new byte[8]);
    private static readonly Guid SeriesB = new(2, 0, 0, new byte[8]);

    [Fact]
    public void A_kept_row_is_used_until_its_maximum_age_and_read_again_after_it()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));
        var kept = new KeptParticipants(clock);
        var anna = Row(SeriesA, "aad-anna");
        kept.Keep(SeriesA, "aad-anna", anna);

        clock.Advance(KeptParticipants.MaxAge);
        Assert.Same(anna, kept.Find(SeriesA, "aad-anna"));

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(kept.Find(SeriesA, "aad-anna"));
    }

    [Fact]
    public void Forgetting_a_user_removes_her_rows_in_every_series_and_keeps_everyone_elses()
    {
        var kept = new KeptParticipants(new FakeTimeProvider());
        kept.Keep(SeriesA, "aad-anna", Row(SeriesA, "aad-anna"));
        kept.Keep(SeriesB, "aad-anna", Row(SeriesB, "aad-anna"));
        kept.Keep(SeriesA, "aad-ben", Row(SeriesA, "aad-ben"));

        kept.ForgetUser("aad-anna");

        Assert.Null(kept.Find(SeriesA, "aad-anna"));
        Assert.Null(kept.Find(SeriesB, "aad-anna"));
        Assert.NotNull(kept.Find(SeriesA, "aad-ben"));
    }

    [Fact]
    public void Forgetting_a_series_removes_its_rows_and_keeps_other_series()
    {
        var kept = new KeptParticipants(new FakeTimeProvider());
        kept.Keep(SeriesA, "aad-anna", Row(SeriesA, "aad-anna"));
        kept.Keep(SeriesB, "aad-anna", Row(SeriesB, "aad-anna"));

        kept.ForgetSeries(SeriesA);

        Assert.Null(kept.Find(SeriesA, "aad-anna"));
        Assert.NotNull(kept.Find(SeriesB, "aad-anna"));
    }

    private static Participant Row(Guid seriesId, string userId) =>
        new(Guid.NewGuid(), seriesId, userId, "Anna Beispielfrau", "kommune", "Stadt Bernburg (Saale)", null, DateTimeOffset.UnixEpoch);
}
