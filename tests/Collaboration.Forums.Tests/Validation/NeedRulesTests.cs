namespace Collaboration.Forums.Tests.Validation;

public sealed class NeedRulesTests
{
    private static readonly ForumItem Needs = Build.Item(new NeedsCollectionSpec([NeedKind.Need, NeedKind.Obstacle], 20));

    [Fact]
    public void Sound_entry_comes_back_normalised() =>
        Assert.Equal("Glasfaser", NeedRules.Check(Needs, NeedKind.Need, "mobility", "  Glasfaser\r\n", Build.Topics).Value);

    [Fact]
    public void Closed_item_refuses_a_need() =>
        Assert.Equal(RejectionCode.ItemNotOpen, NeedRules.Check(Build.Item(Needs.Spec, ItemStatus.Closed), NeedKind.Need, "mobility", "x", Build.Topics).Rejection?.Code);

    [Fact]
    public void Poll_item_refuses_a_need() =>
        Assert.Equal(RejectionCode.WrongAnswerKind, NeedRules.Check(Build.Item(new OpenTextSpec(100)), NeedKind.Need, "mobility", "x", Build.Topics).Rejection?.Code);

    [Fact]
    public void Kind_the_item_does_not_collect_is_refused() =>
        Assert.Equal(RejectionCode.UnknownNeedKind, NeedRules.Check(Needs, NeedKind.Wish, "mobility", "x", Build.Topics).Rejection?.Code);

    [Fact]
    public void Unknown_topic_is_refused() =>
        Assert.Equal(RejectionCode.UnknownTopic, NeedRules.Check(Needs, NeedKind.Need, "weltraum", "x", Build.Topics).Rejection?.Code);

    [Fact]
    public void Empty_and_overlong_texts_are_refused()
    {
        Assert.Equal(RejectionCode.TextEmpty, NeedRules.Check(Needs, NeedKind.Need, "mobility", "\u0000 ", Build.Topics).Rejection?.Code);
        Assert.Equal(RejectionCode.TextTooLong, NeedRules.Check(Needs, NeedKind.Need, "mobility", new string('x', 21), Build.Topics).Rejection?.Code);
    }
}
