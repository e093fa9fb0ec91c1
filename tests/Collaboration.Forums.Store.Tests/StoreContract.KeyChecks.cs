namespace Collaboration.Forums.Store.Tests;

/// <summary>The key-check part of the contract: the first value recorded stays, also when instances start at once.</summary>
public abstract partial class StoreContract
{
    [Fact]
    public async Task The_first_check_value_is_kept_and_a_different_key_is_told_apart()
    {
        await using var store = await CreateStoreAsync();
        var checks = store.Services.GetRequiredService<IKeyCheckStore>();
        var key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

        var first = await AnonymityKeyCheck.VerifyAsync(checks, key, Ct);
        var again = await AnonymityKeyCheck.VerifyAsync(checks, key, Ct);
        var other = await AnonymityKeyCheck.VerifyAsync(checks, [.. key.Reverse()], Ct);

        Assert.Equal((KeyCheckOutcome.Recorded, KeyCheckOutcome.Matches, KeyCheckOutcome.Differs), (first, again, other));
    }

    [Fact]
    public async Task Instances_starting_at_once_with_different_keys_record_exactly_one()
    {
        await using var store = await CreateStoreAsync();
        var checks = store.Services.GetRequiredService<IKeyCheckStore>();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(n => Task.Run(() => checks.GetOrAddAsync(AnonymityKeyCheck.Name, $"value-{n % 2}", Ct))));

        Assert.Single(results, r => r.Added);
        Assert.Single(results.Select(r => r.Value).Distinct(StringComparer.Ordinal));
    }
}
