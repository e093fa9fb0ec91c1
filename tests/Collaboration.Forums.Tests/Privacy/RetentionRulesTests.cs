using System.Security.Cryptography;
using Collaboration.Forums.Privacy;

namespace Collaboration.Forums.Tests.Privacy;

/// <summary>The pseudonym an expired answer keeps: random bits from the injected source, nothing else.</summary>
public sealed class RetentionRulesTests
{
    [Fact]
    public void New_respondent_key_is_made_of_the_injected_random_bits_only()
    {
        using var source = new FixedBits(0xa5);
        var rules = new RetentionRules(source);

        Assert.Equal("r:" + string.Concat(Enumerable.Repeat("a5", 16)), rules.NewRespondentKey());
    }

    [Fact]
    public void New_participant_id_is_a_version_4_guid_of_the_injected_random_bits_only()
    {
        using var source = new FixedBits(0xa5);
        var rules = new RetentionRules(source);

        Assert.Equal(Guid.Parse("a5a5a5a5-a5a5-45a5-a5a5-a5a5a5a5a5a5"), rules.NewParticipantId());
    }

    [Fact]
    public void Secure_rules_give_every_old_key_its_own_replacement()
    {
        var keys = Enumerable.Range(0, 1000).Select(_ => RetentionRules.Secure.NewRespondentKey()).ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.All(keys, k => Assert.Matches("^r:[0-9a-f]{32}$", k));
    }

    private sealed class FixedBits(byte value) : RandomNumberGenerator
    {
        public override void GetBytes(byte[] data) => GetBytes(data.AsSpan());

        public override void GetBytes(Span<byte> data) => data.Fill(value);
    }
}
