using Collaboration.Forums.Results;
using Collaboration.Forums.Validation;

namespace Collaboration.Forums.Store.Tests;

/// <summary>
/// Needs ranked by the database and streamed (the streamed Word report's summary reads them so) come exactly as the domain
/// ranks every need: merges, ranks, and the tie order by shown text in UTF-16 code units, then id, which the database's
/// own text order (by code point) does not give for characters above U+FFFF against U+E000–U+FFFF.
/// </summary>
public abstract partial class StoreContract
{
    [Fact]
    public async Task Needs_ranked_and_streamed_by_the_store_come_in_the_domains_order_with_its_ranks_and_merges()
    {
        await using var store = await CreateStoreAsync();
        var (item, needs) = await TiedNeedsAsync(store);
        var supports = await store.Forums.GetNeedSupportsAsync(item.Id, Ct);
        var expected = ResultsCalculator.Rank(needs, ResultsCalculator.CountSupporters(needs, supports));

        var streamed = await store.Forums.StreamRankedNeedsAsync(item.Id, Ct).ToListAsync(Ct);

        Assert.Equal(expected.Select(Described), streamed.Select(Described));
        // The cases the database orders the other way: an emoji's surrogates come before U+FF21 in UTF-16 code units.
        Assert.Equal(["Gleich", "a", "x😀", "xＡ"], streamed.Where(n => n.Supporters == 2).Select(n => n.Text));
        Assert.Equal(["D1", "Gleich", "Gleich", "x\uE000", "y", "😀 Rad", "Ｇleich", "Ｇleich"], streamed.Where(n => n.Supporters == 1 && n.CreatedAt == T0).Select(n => n.Text));
        // A1 holds B1 and C1: their authors and B1's two supporters, one of them C1's author.
        Assert.Equal(("x😀", 4, 3), streamed.Where(n => n.IsMerged).Select(n => (n.Text, n.Supporters, n.Sources.Count)).Single());
    }

    [Fact]
    public async Task Need_filers_counted_by_the_store_are_each_person_once_in_the_group_of_their_oldest_entry()
    {
        await using var store = await CreateStoreAsync();
        var (item, _) = await TiedNeedsAsync(store);

        var counted = await store.Forums.CountNeedFilersAsync(item.Id, Ct);

        var fromEveryNeed = NeedFilers.Of(await store.Forums.GetNeedsAsync(item.Id, Ct));
        Assert.Equal(fromEveryNeed.Respondents, counted.Respondents);
        Assert.Equal(fromEveryNeed.KnownGroups.OrderBy(g => g.Key, StringComparer.Ordinal), counted.KnownGroups.OrderBy(g => g.Key, StringComparer.Ordinal));
        // Persons 0 to 4 filed at one moment as kommune and as landkreis, so the id decides; person-9 has no group.
        Assert.Equal((10, 9), (counted.Respondents, counted.KnownGroups.Values.Sum()));
    }

    /// <summary>
    /// Needs filed at one moment (as the benchmark's are), so support, then text, then id decide: texts with emoji and
    /// with characters from U+E000, equal texts, two topics and one the series does not list, every kind; A1 holds
    /// two merged needs with a moderator's text, and D1 points at a need that went into another, so it stands alone.
    /// </summary>
    private static async Task<(ForumItem Item, IReadOnlyList<NeedEntry> Needs)> TiedNeedsAsync(StoreHarness store)
    {
        var series = SampleSeries.Create();
        Assert.True(series.StartForum(1).Succeeded);
        await store.Forums.AddSeriesAsync(series, Ct);
        var item = series.FindForum(1)!.FindItem("needs")!;
        string[] texts = ["xＡ", "x😀", "x\uE000", "y", "Gleich", "Gleich", "Gleich", "Ｇleich", "Ｇleich", "😀 Rad", "a", "A1", "B1", "C1", "D1", "𝔸 Mathe"];
        string[] topics = ["mobility", "work", "unbekannt"];
        var needs = new List<NeedEntry>();
        for (var i = 0; i < texts.Length; i++)
        {
            var person = i % 10;
            var group = person == 9 ? string.Empty : person < 6 && i < 10 ? "kommune" : "landkreis";
            needs.Add(new NeedEntry(Guid.NewGuid(), item.Id, $"p:person-{person}", null, group, (NeedKind)(i % 4), topics[i % 3], texts[i], $"c{i}",
                i == 15 ? T0.AddMinutes(1) : T0));
        }

        foreach (var need in needs)
        {
            Assert.True(await store.Forums.AddNeedAsync(need, Ct));
        }

        var byText = needs.GroupBy(n => n.Text).ToDictionary(g => g.Key, g => g.First());
        foreach (var (text, supporter) in new[] { ("xＡ", 7), ("x😀", 8), ("a", 2), ("B1", 3), ("B1", 11), ("Gleich", 12) })
        {
            Assert.True(await store.Forums.AddNeedSupportAsync(new NeedSupport(byText[text].Id, $"p:person-{supporter}", T0.AddHours(1)), Ct));
        }

        var merged = await store.Forums.ChangeMergesAsync(item.Id, _ => Outcome<IReadOnlyList<NeedMergeWrite>>.Success(
        [
            new(byText["A1"].Id, null, "x😀"), new(byText["B1"].Id, byText["A1"].Id, null), new(byText["C1"].Id, byText["A1"].Id, null),
            new(byText["D1"].Id, byText["B1"].Id, null),
        ]), Ct);
        Assert.True(merged.Succeeded);
        return (item, await store.Forums.GetNeedsAsync(item.Id, Ct));
    }

    private static string Described(RankedNeed need) =>
        $"{need.NeedId} {need.Rank} {need.Kind} {need.TopicKey} {need.Text} {need.Supporters} {need.CreatedAt:O} [{string.Join("; ", need.Sources)}]";
}
