using Collaboration.Forums.Kinds;
using Collaboration.Forums.Kinds.Ranking;

namespace Collaboration.Forums.Tests.Kinds;

public sealed class KindRegistryTests
{
    private static readonly Func<SpecPart, IItemKind, bool> BySpec = (part, kind) => part.Spec == kind.SpecType;

    [Fact]
    public void A_kind_without_a_part_stops_the_project_with_a_message_naming_the_kind()
    {
        var parts = ItemKinds.All.Where(k => k.Name != RankingSpec.Name).Select(k => new SpecPart(k.SpecType));

        var problem = Assert.Throws<InvalidOperationException>(() => KindRegistry<SpecPart>.Match(parts, BySpec, "Collaboration.Sample"));

        Assert.Equal(
            "Collaboration.Sample: the item kind 'ranking' has no SpecPart. Every kind in ItemKinds needs exactly one SpecPart in Collaboration.Sample.",
            problem.Message);
    }

    [Fact]
    public void Two_parts_for_one_kind_and_a_part_for_no_kind_are_named_too()
    {
        SpecPart[] parts = [.. ItemKinds.All.Select(k => new SpecPart(k.SpecType)), new SpecPart(typeof(OpenTextSpec)), new SpecPart(typeof(string))];

        var problem = Assert.Throws<InvalidOperationException>(() => KindRegistry<SpecPart>.Match(parts, BySpec, "Collaboration.Sample"));

        Assert.Contains("the item kind 'openText' has 2 (SpecPart, SpecPart)", problem.Message, StringComparison.Ordinal);
        Assert.Contains("SpecPart serves no item kind", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_for_a_results_type_serves_every_kind_that_produces_it_and_is_listed_once_in_registry_order()
    {
        var parts = ItemKinds.All.DistinctBy(k => k.ResultsType).Select(k => new SpecPart(k.ResultsType)).Reverse();

        var registry = KindRegistry<SpecPart>.Match(parts, (part, kind) => part.Spec == kind.ResultsType, "Collaboration.Sample");

        Assert.Equal(ItemKinds.All.Select(k => k.ResultsType).Distinct(), registry.All.Select(p => p.Spec));
        Assert.Same(registry.Named("singleChoice"), registry.Named("multipleChoice"));
        Assert.Equal(typeof(ChoiceResults), registry.OfResults(new ChoiceResults(Guid.NewGuid(), 0, [])).Spec);
        Assert.Equal(typeof(TextResults), registry.Of(new OpenTextSpec(10)).Spec);
        Assert.Null(registry.Named("Ranking"));
    }

    [Fact]
    public void Discovery_finds_every_implementation_in_the_assembly_of_the_parts_interface()
    {
        var registry = KindRegistry<IItemKind>.Discover((part, kind) => part.SpecType == kind.SpecType);

        Assert.All(ItemKinds.All, kind => Assert.IsType(kind.GetType(), registry.For(kind)));
    }

    private sealed record SpecPart(Type Spec);
}
