using Collaboration.Forums.Kinds.Ranking;

namespace Collaboration.Forums.Tests.Kinds;

public sealed class RankingRulesTests
{
    private static readonly ForumItem Item = Build.Item(new RankingSpec(Build.Choices("a", "b", "c", "d"), 3));

    [Fact]
    public void A_ranking_keeps_the_participants_order()
    {
        var outcome = AnswerRules.Check(Item, new RankingAnswer(["c", "a"]));
        Assert.True(outcome.Succeeded);
        Assert.Equal(["c", "a"], ((RankingAnswer)outcome.Value!).OrderedKeys);
    }

    [Fact]
    public void An_option_at_two_places_is_refused_naming_both_places()
    {
        var outcome = AnswerRules.Check(Item, new RankingAnswer(["b", "a", "b"]));
        Assert.Equal(RejectionCode.RankingPlaceRepeated, outcome.Rejection!.Code);
        // The option travels as the template's text, so each reader is told its name in their own language.
        Assert.Equal([new LocalizedText("B"), 1, 3], outcome.Rejection!.Arguments);
    }

    [Theory]
    [InlineData(RejectionCode.NoChoice)]
    [InlineData(RejectionCode.ChoiceNotInItem, "a", "x")]
    [InlineData(RejectionCode.TooManyChoices, "a", "b", "c", "d")]
    public void Empty_unknown_and_too_long_rankings_are_refused(RejectionCode expected, params string[] keys) =>
        Assert.Equal(expected, AnswerRules.Check(Item, new RankingAnswer(keys)).Rejection!.Code);

    [Fact]
    public void Another_kind_of_answer_is_refused() =>
        Assert.Equal(RejectionCode.WrongAnswerKind, AnswerRules.Check(Item, new ChoiceAnswer(["a"])).Rejection!.Code);

    [Theory]
    [InlineData(3, 1, false)]
    [InlineData(2, 6, false)]
    [InlineData(1, 1, false)]
    [InlineData(6, 6, false)]
    [InlineData(2, 2, true)]
    [InlineData(6, 5, true)]
    public void Places_must_be_two_to_five_and_no_more_than_the_options(int options, int maxRanked, bool valid)
    {
        var choices = Build.Choices([.. Enumerable.Range(1, options).Select(i => $"o{i}")]);
        var draft = new ItemDraft("rang", new LocalizedText("Reihenfolge?"), new RankingSpec(choices, maxRanked));
        Assert.Equal(valid, ItemDefinitionRules.Check(draft, Build.Topics) is null);
    }

    [Fact]
    public void A_carried_ranking_may_start_without_options()
    {
        var draft = new ItemDraft("rang", new LocalizedText("Reihenfolge?"), new RankingSpec([], 3), CarryOver: new CarryOverRule(1, "bedarfe", 3));
        Assert.Null(ItemDefinitionRules.Check(draft, Build.Topics));
    }
}
