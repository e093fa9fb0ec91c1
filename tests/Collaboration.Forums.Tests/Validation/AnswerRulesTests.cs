using System.Text.Json;

namespace Collaboration.Forums.Tests.Validation;

public sealed class AnswerRulesTests
{
    private static readonly ForumItem Single = Build.Item(new SingleChoiceSpec(Build.Choices("a", "b", "c")));
    private static readonly ForumItem Multiple = Build.Item(new MultipleChoiceSpec(Build.Choices("a", "b", "c", "d"), 2));
    private static readonly ForumItem Rating = Build.Item(new RatingScaleSpec(1, 5, null, null));
    private static readonly ForumItem Text = Build.Item(new OpenTextSpec(10));
    private static readonly ForumItem Points = Build.Item(new PointsSpec(Build.Choices("a", "b", "c"), 10, 6, false));
    private static readonly ForumItem FullPoints = Build.Item(new PointsSpec(Build.Choices("a", "b"), 10, null, true));
    private static readonly ForumItem Matrix = Build.Item(new MatrixChoiceSpec(
        [Build.Choice("strategie", "Strategie"), Build.Choice("betrieb", "Betrieb")], Build.Choices("zentrum", "landkreis")));
    private static readonly ForumItem MatrixRating = Build.Item(new MatrixRatingSpec(
        [Build.Choice("gmbh", "GmbH"), Build.Choice("aoer", "AöR")], Build.Choices("kosten", "tempo"), 1, 5));

    private static void Refused(Outcome<Answer> outcome, RejectionCode code, params object[] arguments)
    {
        Assert.False(outcome.Succeeded);
        Assert.Equal(code, outcome.Rejection.Code);
        if (arguments.Length > 0)
        {
            Assert.Equal(arguments, outcome.Rejection.Arguments);
        }
    }

    [Fact]
    public void Closed_item_refuses_a_vote() =>
        Refused(AnswerRules.Check(Build.Item(new SingleChoiceSpec(Build.Choices("a")), ItemStatus.Closed), new ChoiceAnswer(["a"])), RejectionCode.ItemNotOpen);

    [Fact]
    public void Draft_item_refuses_a_vote() =>
        Refused(AnswerRules.Check(Build.Item(new RatingScaleSpec(1, 5, null, null), ItemStatus.Draft), new RatingAnswer(3)), RejectionCode.ItemNotOpen);

    [Fact]
    public void Answer_of_the_wrong_shape_is_refused() =>
        Refused(AnswerRules.Check(Single, new RatingAnswer(3)), RejectionCode.WrongAnswerKind, "singleChoice");

    [Fact]
    public void Single_choice_takes_exactly_one_known_key()
    {
        Assert.True(AnswerRules.Check(Single, new ChoiceAnswer(["b"])).Succeeded);
        Refused(AnswerRules.Check(Single, new ChoiceAnswer([])), RejectionCode.NoChoice);
        Refused(AnswerRules.Check(Single, new ChoiceAnswer(["a", "b"])), RejectionCode.TooManyChoices, 1);
        Refused(AnswerRules.Check(Single, new ChoiceAnswer(["z"])), RejectionCode.ChoiceNotInItem, "z");
    }

    [Fact]
    public void Multiple_choice_is_returned_in_the_items_order()
    {
        var outcome = AnswerRules.Check(Multiple, new ChoiceAnswer(["c", "a"]));
        Assert.Equal(["a", "c"], ((ChoiceAnswer)outcome.Value!).ChoiceKeys);
    }

    [Fact]
    public void Multiple_choice_refuses_more_than_the_maximum() =>
        Refused(AnswerRules.Check(Multiple, new ChoiceAnswer(["a", "b", "c"])), RejectionCode.TooManyChoices, 2);

    [Fact]
    public void Multiple_choice_refuses_duplicates_and_unknown_keys()
    {
        Refused(AnswerRules.Check(Multiple, new ChoiceAnswer(["a", "a"])), RejectionCode.DuplicateChoice);
        Refused(AnswerRules.Check(Multiple, new ChoiceAnswer(["a", "x"])), RejectionCode.ChoiceNotInItem, "x");
        Refused(AnswerRules.Check(Multiple, new ChoiceAnswer([])), RejectionCode.NoChoice);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Rating_outside_the_scale_is_refused(int value) =>
        Refused(AnswerRules.Check(Rating, new RatingAnswer(value)), RejectionCode.RatingOutOfRange, 1, 5);

    [Fact]
    public void Rating_on_the_scale_is_taken() => Assert.True(AnswerRules.Check(Rating, new RatingAnswer(5)).Succeeded);

    [Fact]
    public void Open_text_is_normalised_and_limited()
    {
        Assert.Equal("Hallo", ((TextAnswer)AnswerRules.Check(Text, new TextAnswer("  Hallo\u0000 ")).Value!).Text);
        Refused(AnswerRules.Check(Text, new TextAnswer(" \n\t ")), RejectionCode.TextEmpty);
        Refused(AnswerRules.Check(Text, new TextAnswer("elf Zeichen")), RejectionCode.TextTooLong, 10);
    }

    [Fact]
    public void Points_drop_zero_entries_and_follow_the_items_order()
    {
        var outcome = AnswerRules.Check(Points, new PointsAnswer(new Dictionary<string, int> { ["c"] = 4, ["b"] = 0, ["a"] = 6 }));
        Assert.Equal([new KeyValuePair<string, int>("a", 6), new("c", 4)], ((PointsAnswer)outcome.Value!).Points);
    }

    [Fact]
    public void Points_over_the_budget_are_refused_with_budget_and_sum() =>
        Refused(AnswerRules.Check(Points, new PointsAnswer(new Dictionary<string, int> { ["a"] = 6, ["b"] = 5 })), RejectionCode.PointsOverBudget, 10, 11L);

    [Fact]
    public void Negative_points_are_refused() =>
        Refused(AnswerRules.Check(Points, new PointsAnswer(new Dictionary<string, int> { ["a"] = -1, ["b"] = 5 })), RejectionCode.PointsNegative);

    [Fact]
    public void Points_for_an_unknown_option_are_refused() =>
        Refused(AnswerRules.Check(Points, new PointsAnswer(new Dictionary<string, int> { ["x"] = 1 })), RejectionCode.ChoiceNotInItem, "x");

    [Fact]
    public void Points_above_the_per_option_limit_are_refused() =>
        Refused(AnswerRules.Check(Points, new PointsAnswer(new Dictionary<string, int> { ["a"] = 7 })), RejectionCode.PointsOverChoiceLimit);

    [Fact]
    public void Full_budget_item_refuses_points_left_over() =>
        Refused(AnswerRules.Check(FullPoints, new PointsAnswer(new Dictionary<string, int> { ["a"] = 7 })), RejectionCode.PointsUnderBudget, 10, 7L);

    [Fact]
    public void Matrix_choice_needs_every_row_and_names_the_missing_one() =>
        Refused(AnswerRules.Check(Matrix, new MatrixChoiceAnswer(new Dictionary<string, string> { ["strategie"] = "zentrum" })),
            RejectionCode.MatrixRowMissing, new LocalizedText("Betrieb"));

    [Fact]
    public void Matrix_choice_refuses_unknown_rows_and_columns()
    {
        Refused(AnswerRules.Check(Matrix, new MatrixChoiceAnswer(new Dictionary<string, string> { ["strategie"] = "zentrum", ["betrieb"] = "mond" })),
            RejectionCode.MatrixUnknownColumn, "mond");
        Refused(AnswerRules.Check(Matrix, new MatrixChoiceAnswer(new Dictionary<string, string> { ["x"] = "zentrum" })), RejectionCode.MatrixUnknownRow, "x");
    }

    [Fact]
    public void Matrix_rating_checks_every_cell()
    {
        var full = new Dictionary<string, IReadOnlyDictionary<string, int>>
        {
            ["aoer"] = new Dictionary<string, int> { ["tempo"] = 2, ["kosten"] = 3 },
            ["gmbh"] = new Dictionary<string, int> { ["kosten"] = 4, ["tempo"] = 5 },
        };
        Assert.True(AnswerRules.Check(MatrixRating, new MatrixRatingAnswer(full)).Succeeded);

        var outOfRange = new Dictionary<string, IReadOnlyDictionary<string, int>>(full) { ["gmbh"] = new Dictionary<string, int> { ["kosten"] = 9, ["tempo"] = 5 } };
        Refused(AnswerRules.Check(MatrixRating, new MatrixRatingAnswer(outOfRange)), RejectionCode.RatingOutOfRange, 1, 5);

        var missingCell = new Dictionary<string, IReadOnlyDictionary<string, int>>(full) { ["gmbh"] = new Dictionary<string, int> { ["kosten"] = 3 } };
        Refused(AnswerRules.Check(MatrixRating, new MatrixRatingAnswer(missingCell)), RejectionCode.MatrixRowMissing, new LocalizedText("GmbH"));

        var unknownColumn = new Dictionary<string, IReadOnlyDictionary<string, int>>(full) { ["gmbh"] = new Dictionary<string, int> { ["mut"] = 3 } };
        Refused(AnswerRules.Check(MatrixRating, new MatrixRatingAnswer(unknownColumn)), RejectionCode.MatrixUnknownColumn, "mut");
    }

    [Fact]
    public void Normalised_answers_serialise_the_same_whatever_order_they_came_in()
    {
        var one = AnswerRules.Check(MatrixRating, new MatrixRatingAnswer(new Dictionary<string, IReadOnlyDictionary<string, int>>
        {
            ["aoer"] = new Dictionary<string, int> { ["tempo"] = 2, ["kosten"] = 3 },
            ["gmbh"] = new Dictionary<string, int> { ["tempo"] = 5, ["kosten"] = 4 },
        })).Value!;
        var two = AnswerRules.Check(MatrixRating, new MatrixRatingAnswer(new Dictionary<string, IReadOnlyDictionary<string, int>>
        {
            ["gmbh"] = new Dictionary<string, int> { ["kosten"] = 4, ["tempo"] = 5 },
            ["aoer"] = new Dictionary<string, int> { ["kosten"] = 3, ["tempo"] = 2 },
        })).Value!;
        Assert.Equal(JsonSerializer.Serialize(one), JsonSerializer.Serialize(two));
    }
}
