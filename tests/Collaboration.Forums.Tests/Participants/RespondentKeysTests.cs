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
    public void Anonymous_key_is_the_stored_construction_so_answers_stored_before_keep_their_key_and_each_secret_gives_its_own()
    {
        var item = Build.Item(new RatingScaleSpec(1, 5, null, null), anonymous: true);
        var secret = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        var other = new RespondentKeys(new byte[32]);
        var keys = new RespondentKeys(secret);

        // The HMAC-SHA256 of "item|participant" (ids as 32 hex digits) under the secret, unpadded base64url, as stored so far.
        var message = System.Text.Encoding.UTF8.GetBytes(item.Id.ToString("N") + "|" + Person.Id.ToString("N"));
        var expected = "a:" + Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData(secret, message)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        // Alternating the two on one thread: each key comes from its own secret.
        Assert.Equal(expected, keys.For(item, Person));
        Assert.NotEqual(expected, other.For(item, Person));
        Assert.Equal(expected, keys.For(item, Person));
        Assert.Equal(Keys.For(item, Person), other.For(item, Person));
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
