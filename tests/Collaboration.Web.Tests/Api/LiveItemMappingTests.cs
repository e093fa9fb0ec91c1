using Collaboration.Forums.Items;
using Collaboration.Forums.Results;
using Collaboration.Forums.Text;
using Collaboration.Web.Api.LiveItems;
using Collaboration.Web.Localization;

namespace Collaboration.Web.Tests.Api;

/// <summary>The live item shows the published results as they are: nothing while withheld, the needs' top ten, matrices by their own columns.</summary>
public sealed class LiveItemMappingTests
{
    private static readonly Choice Bus = new("bus", new LocalizedText("Rufbus", "On-demand bus"));
    private static readonly Choice Bike = new("rad", new LocalizedText("Fahrrad", "Bicycle"));

    [Fact]
    public void Withheld_results_show_no_figure_at_all()
    {
        var item = Item(new SingleChoiceSpec([Bus, Bike]));
        var withheld = new ChoiceResults(item.Id, 0, []) { WithheldBelow = 3 };

        var live = LiveItemMapping.Map(item, withheld, WebText.For(Language.De));

        Assert.Equal(3, live.WithheldBelow);
        Assert.Equal(0, live.Respondents);
        Assert.Empty(live.Bars);
        Assert.Null(live.Mean);
        Assert.Null(live.Matrix);
    }

    [Fact]
    public void Choices_are_labelled_in_the_requested_language_with_their_counts_and_shares()
    {
        var item = Item(new SingleChoiceSpec([Bus, Bike]));
        var results = new ChoiceResults(item.Id, 4, [new ChoiceTally(Bus, 3, 0.75), new ChoiceTally(Bike, 1, 0.25)]);

        var live = LiveItemMapping.Map(item, results, WebText.For(Language.En));

        Assert.Equal("singleChoice", live.Kind);
        Assert.Equal([("On-demand bus", 3d, 0.75), ("Bicycle", 1d, 0.25)], live.Bars.Select(b => (b.Label, b.Value, b.Share)));
    }

    [Fact]
    public void Needs_show_the_ten_best_supported_with_their_kind()
    {
        var item = Item(new NeedsCollectionSpec([NeedKind.Need, NeedKind.Obstacle], 500));
        var ranking = Enumerable.Range(1, 12).Select(i => new RankedNeed(Guid.NewGuid(), i, NeedKind.Obstacle, "sonstiges", $"Eintrag {i}", 13 - i, DateTimeOffset.UnixEpoch)).ToList();

        var live = LiveItemMapping.Map(item, new NeedsResults(item.Id, 12, ranking), WebText.For(Language.De));

        Assert.Equal(10, live.Bars.Count);
        Assert.Equal(("Eintrag 1", 12d, "Hürde"), (live.Bars[0].Label, live.Bars[0].Value, live.Bars[0].KindLabel));
    }

    [Fact]
    public void A_matrix_of_choices_counts_each_column_per_row_and_text_items_only_respondents()
    {
        var item = Item(new MatrixChoiceSpec([Bus], [Bike, Bus]));
        var matrix = new MatrixChoiceResults(item.Id, 3, [new MatrixRowResult(Bus, [new ChoiceTally(Bus, 2, 2 / 3d)], Bus)]);
        var text = Item(new OpenTextSpec(500));

        var live = LiveItemMapping.Map(item, matrix, WebText.For(Language.De));
        var answers = LiveItemMapping.Map(text, new TextResults(text.Id, 5, ["geheim"]), WebText.For(Language.De));

        Assert.Equal("count", live.Matrix!.Measure);
        Assert.Equal(["Fahrrad", "Rufbus"], live.Matrix.Columns);
        Assert.Equal([0d, 2d], live.Matrix.Rows[0].Cells);
        Assert.Equal(5, answers.Respondents);
        Assert.Empty(answers.Bars);
        Assert.DoesNotContain("geheim", System.Text.Json.JsonSerializer.Serialize(answers), StringComparison.Ordinal);
    }

    private static ForumItem Item(ItemSpec spec) => new(Guid.NewGuid(), "frage", 1, new LocalizedText("Frage?", "Question?"), spec, anonymous: false, ItemStatus.Open);
}
