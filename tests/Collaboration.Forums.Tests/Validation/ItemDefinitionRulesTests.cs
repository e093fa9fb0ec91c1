namespace Collaboration.Forums.Tests.Validation;

public sealed class ItemDefinitionRulesTests
{
    private static Rejection? Check(ItemSpec spec, string key = "frage", CarryOverRule? carryOver = null, IReadOnlyList<Topic>? topics = null) =>
        ItemDefinitionRules.Check(new ItemDraft(key, new LocalizedText("Frage?"), spec, CarryOver: carryOver), topics ?? Build.Topics);

    public static TheoryData<ItemSpec> ValidSpecs => new()
    {
        new SingleChoiceSpec(Build.Choices("a", "b")),
        new MultipleChoiceSpec(Build.Choices("a", "b", "c"), 2),
        new RatingScaleSpec(1, 5, null, null),
        new RatingScaleSpec(0, 10, null, null),
        new OpenTextSpec(4000),
        new NeedsCollectionSpec([NeedKind.Need, NeedKind.Obstacle], 500),
        new PointsSpec(Build.Choices("a", "b"), 10, 5, false),
        new MatrixChoiceSpec(Build.Choices("r1", "r2"), Build.Choices("c1", "c2")),
        new MatrixRatingSpec(Build.Choices("r1"), Build.Choices("c1"), 1, 5),
    };

    [Theory]
    [MemberData(nameof(ValidSpecs))]
    public void Accepts_a_sound_item_of_every_kind(ItemSpec spec) => Assert.Null(Check(spec));

    [Theory]
    [InlineData("")]
    [InlineData("Mit Leerzeichen")]
    [InlineData("-dash-first")]
    [InlineData("a-key-that-is-much-too-long-for-any-command-line")]
    public void Refuses_a_key_that_is_not_a_short_slug(string key)
    {
        var rejection = Check(new OpenTextSpec(100), key);
        Assert.Equal(RejectionCode.ItemDefinitionInvalid, rejection?.Code);
    }

    [Fact]
    public void Refuses_an_empty_prompt()
    {
        var rejection = ItemDefinitionRules.Check(new ItemDraft("k", new LocalizedText(" "), new OpenTextSpec(100)), Build.Topics);
        Assert.Contains("prompt", (string)rejection!.Arguments[0], StringComparison.Ordinal);
    }

    public static TheoryData<ItemSpec, string> InvalidSpecs => new()
    {
        { new SingleChoiceSpec([]), "choices must not be empty" },
        { new SingleChoiceSpec([Build.Choice("a"), Build.Choice("a", "Nochmal")]), "appears twice" },
        { new MultipleChoiceSpec(Build.Choices("a", "b"), 3), "maxChoices" },
        { new MultipleChoiceSpec(Build.Choices("a", "b"), 0), "maxChoices" },
        { new RatingScaleSpec(5, 5, null, null), "below max" },
        { new RatingScaleSpec(1, 20, null, null), "too long" },
        { new OpenTextSpec(0), "maxLength" },
        { new OpenTextSpec(5000), "maxLength" },
        { new NeedsCollectionSpec([], 500), "kinds" },
        { new PointsSpec(Build.Choices("a"), 0, null, false), "budget" },
        { new PointsSpec(Build.Choices("a", "b"), 10, 11, false), "maxPerChoice" },
        { new PointsSpec(Build.Choices("a", "b"), 10, 3, true), "requireFullBudget" },
        { new MatrixChoiceSpec(Build.Choices("r"), []), "columns must not be empty" },
        { new MatrixRatingSpec([], Build.Choices("c"), 1, 5), "rows must not be empty" },
    };

    [Theory]
    [MemberData(nameof(InvalidSpecs))]
    public void Refuses_an_item_that_cannot_be_answered_and_says_why(ItemSpec spec, string reason)
    {
        var rejection = Check(spec);
        Assert.Equal(RejectionCode.ItemDefinitionInvalid, rejection?.Code);
        Assert.Contains(reason, (string)rejection!.Arguments[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Needs_collection_requires_the_series_to_have_topics()
    {
        var rejection = Check(new NeedsCollectionSpec([NeedKind.Need], 500), topics: []);
        Assert.Contains("topics", (string)rejection!.Arguments[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Carry_over_item_may_start_without_own_options()
    {
        Assert.Null(Check(new PointsSpec([], 10, null, false), carryOver: new CarryOverRule(1, "bedarfe", 5)));
        Assert.Null(Check(new MatrixRatingSpec([], Build.Choices("c"), 1, 5), carryOver: new CarryOverRule(1, "x", 4)));
    }

    [Fact]
    public void Carry_over_into_a_rating_is_refused() =>
        Assert.NotNull(Check(new RatingScaleSpec(1, 5, null, null), carryOver: new CarryOverRule(1, "x", 3)));
}
