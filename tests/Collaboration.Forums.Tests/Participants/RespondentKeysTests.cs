namespace Collaboration.Forums.Tests.Participants;

public sealed class RespondentKeysTests
{
    private static readonly RespondentKeys Keys = new(new byte[32]);
    private static readonly Participant Person = new(Guid.NewGuid(), Guid.NewGuid(), "user-1", "Erika Muster", "kommune", "Stadt Bernburg", null, Build.Now);

    [Fact]
    public void Anonymous_key_carries_no_participant_id_and_differs_per_item_but_is_stable_per_person()
    {
        var one = Build.Item(new RatingScaleSpec(1, 5, null, null), anonymous: true);
        var two = Build.Item(new RatingScaleSpec(1, 5, null, null), anonymous: true);

        var key = Keys.For(one, Person);

        Assert.DoesNotContain(Person.Id.ToString("N"), key, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Person.UserId, key, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(key, Keys.For(two, Person));
        Assert.Equal(key, Keys.For(one, Person));
        Assert.Null(RespondentKeys.ParticipantIdFor(one, Person));
    }

    [Fact]
    public void Named_item_keys_by_participant()
    {
        var item = Build.Item(new RatingScaleSpec(1, 5, null, null));
        Assert.Equal("p:" + Person.Id.ToString("N"), Keys.For(item, Person));
        Assert.Equal(Person.Id, RespondentKeys.ParticipantIdFor(item, Person));
    }

    [Fact]
    public void Short_secret_is_refused() => Assert.Throws<ArgumentException>(() => new RespondentKeys(new byte[16]));
}
