using System.Text.Json;
using Collaboration.Forums.Kinds;
using Collaboration.Forums.Kinds.Ranking;

namespace Collaboration.Forums.Tests.Kinds;

public sealed class ItemKindsTests
{
    [Fact]
    public void Every_spec_type_has_exactly_one_kind_whose_name_is_its_stored_discriminator()
    {
        var specTypes = typeof(ItemSpec).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ItemSpec)) && !t.IsAbstract).ToList();
        Assert.Equal(specTypes.Count, ItemKinds.All.Count);
        foreach (var kind in ItemKinds.All)
        {
            var spec = kind.Build(new KindFields { Choices = Build.Choices("a", "b"), Rows = Build.Choices("r"), Columns = Build.Choices("c") });
            Assert.Equal(kind.SpecType, spec.GetType());
            Assert.Equal(kind.Name, spec.KindName);
            Assert.Same(kind, ItemKinds.Named(kind.Name));
            using var json = JsonDocument.Parse(JsonSerializer.Serialize(spec));
            Assert.Equal(kind.Name, json.RootElement.GetProperty("kind").GetString());
        }
    }

    [Fact]
    public void Defaults_live_with_the_kind()
    {
        Assert.Equal(new OpenTextSpec(1000), ItemKinds.Named("openText")!.Build(new KindFields()));
        Assert.Equal(500, ((NeedsCollectionSpec)ItemKinds.Named("needs")!.Build(new KindFields())).MaxLength);
        Assert.Equal(5, ((RankingSpec)ItemKinds.Named("ranking")!.Build(new KindFields { Choices = Build.Choices("a", "b", "c", "d", "e", "f") })).MaxRanked);
        Assert.Equal(3, ((RankingSpec)ItemKinds.Named("ranking")!.Build(new KindFields { Choices = Build.Choices("a"), CarriedTop = 2 })).MaxRanked);
    }

    [Fact]
    public void A_stored_ranking_answer_reads_back_as_one()
    {
        Answer answer = new RankingAnswer(["b", "a"]);
        var json = JsonSerializer.Serialize(answer);
        Assert.Contains("\"kind\":\"ranking\"", json, StringComparison.Ordinal);
        Assert.Equal(["b", "a"], Assert.IsType<RankingAnswer>(JsonSerializer.Deserialize<Answer>(json)).OrderedKeys);
    }

    [Fact]
    public void Unknown_names_have_no_kind() => Assert.Null(ItemKinds.Named("Ranking"));
}
