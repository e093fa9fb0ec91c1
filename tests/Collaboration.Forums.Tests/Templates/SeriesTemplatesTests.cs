namespace Collaboration.Forums.Tests.Templates;

public sealed class SeriesTemplatesTests
{
    private const string Minimal = """
        title: { de: Reihe, en: Series }
        stakeholderGroups:
          - { key: kommune, de: Kommune }
        topics:
          - { key: mobilitaet, de: Mobilität }
        forums:
          - number: 1
            title: { de: Erstes Forum }
            items:
              - key: frage
                kind: singleChoice
                prompt: { de: Was? }
                choices: [{ key: a, de: A }, { key: b, de: B }]
        """;

    private static string Message(Outcome<SeriesTemplate> outcome)
    {
        Assert.False(outcome.Succeeded);
        Assert.Equal(RejectionCode.TemplateInvalid, outcome.Rejection.Code);
        return (string)outcome.Rejection.Arguments[0];
    }

    [Fact]
    public void Built_in_salzlandkreis_template_is_listed_and_readable()
    {
        Assert.Contains("rdz-salzlandkreis", SeriesTemplates.BuiltIn);
        Assert.NotNull(SeriesTemplates.ReadBuiltIn("rdz-salzlandkreis"));
        Assert.Null(SeriesTemplates.ReadBuiltIn("gibt-es-nicht"));
    }

    [Fact]
    public void Built_in_template_parses_and_instantiates_three_draft_forums_whose_carry_overs_resolve()
    {
        var parsed = SeriesTemplates.Parse(SeriesTemplates.ReadBuiltIn("rdz-salzlandkreis")!);
        Assert.True(parsed.Succeeded, parsed.Rejection?.ToString());

        var series = SeriesTemplates.Instantiate(parsed.Value, "creator", Build.Now, Guid.NewGuid);

        Assert.Equal([1, 2, 3], series.Forums.Select(f => f.Number));
        Assert.All(series.Forums, f => Assert.Equal(ForumStatus.Draft, f.Status));
        Assert.All(series.Forums.SelectMany(f => f.Items), i => Assert.Equal(ItemStatus.Draft, i.Status));
        Assert.Equal(6, series.Groups.Count);
        Assert.Equal(["smart-mobility", "arbeiten-4-0", "iuk-management", "sonstiges"], series.Topics.Select(t => t.Key));
        Assert.Equal(["Aufbau", "Pilotierung", "Regelbetrieb"], series.ImplementationPath.Select(m => m.Phase.De).Distinct());
        Assert.Contains("creator", series.Moderators);

        var carried = series.Forums.SelectMany(f => f.Items.Where(i => i.CarryOver is not null).Select(i => (Forum: f, Item: i))).ToList();
        Assert.Equal(2, carried.Count);
        foreach (var (forum, item) in carried)
        {
            Assert.True(item.CarryOver!.FromForum < forum.Number);
            Assert.NotNull(series.FindForum(item.CarryOver.FromForum)!.FindItem(item.CarryOver.FromItemKey));
        }

        Assert.IsType<PointsSpec>(series.FindForum(2)!.FindItem("leistungen")!.Spec);
        Assert.IsType<NeedsCollectionSpec>(series.FindForum(1)!.FindItem("bedarfe")!.Spec);
    }

    [Fact]
    public void Json_and_yaml_read_alike()
    {
        const string json = """
            { "title": { "de": "Reihe" }, "stakeholderGroups": [{ "key": "kommune", "de": "Kommune" }],
              "forums": [{ "number": 1, "title": { "de": "Eins" }, "items": [{ "key": "note", "kind": "rating", "prompt": { "de": "Wie?" } }] }] }
            """;
        var parsed = SeriesTemplates.Parse(json);
        Assert.True(parsed.Succeeded, parsed.Rejection?.ToString());
        Assert.True(SeriesTemplates.Parse(Minimal).Succeeded);
    }

    [Fact]
    public void Unknown_kind_is_reported_with_its_position() =>
        Assert.StartsWith("forums[0].items[0]: unknown kind 'foo'", Message(SeriesTemplates.Parse(Minimal.Replace("kind: singleChoice", "kind: foo", StringComparison.Ordinal))), StringComparison.Ordinal);

    [Fact]
    public void Invalid_item_is_reported_with_its_position_and_reason() =>
        Assert.Contains("forums[0].items[0] ('frage'): choices must not be empty",
            Message(SeriesTemplates.Parse(Minimal.Replace("choices: [{ key: a, de: A }, { key: b, de: B }]", "choices: []", StringComparison.Ordinal))), StringComparison.Ordinal);

    [Fact]
    public void Broken_yaml_is_refused_with_a_line_not_an_exception() =>
        Assert.Contains("line", Message(SeriesTemplates.Parse("title: [unclosed\nforums: {")), StringComparison.Ordinal);

    [Fact]
    public void Misspelt_field_is_refused() =>
        Assert.Contains("titel", Message(SeriesTemplates.Parse(Minimal.Replace("title: { de: Erstes", "titel: { de: Erstes", StringComparison.Ordinal))), StringComparison.Ordinal);

    [Fact]
    public void Broken_json_is_refused() => Message(SeriesTemplates.Parse("{ \"title\": "));

    [Fact]
    public void Empty_text_is_refused() => Message(SeriesTemplates.Parse("   "));

    [Fact]
    public void Forum_numbers_must_run_from_one() =>
        Assert.StartsWith("forums: numbers", Message(SeriesTemplates.Parse(Minimal.Replace("number: 1", "number: 2", StringComparison.Ordinal))), StringComparison.Ordinal);

    [Fact]
    public void Duplicate_item_keys_in_a_forum_are_refused()
    {
        var twice = Minimal + """

                  - key: frage
                    kind: rating
                    prompt: { de: Wie? }
            """;
        Assert.Contains("forums[0].items[1]: key 'frage' is used twice", Message(SeriesTemplates.Parse(twice)), StringComparison.Ordinal);
    }

    [Fact]
    public void Carry_over_must_refer_to_an_existing_item_of_an_earlier_forum()
    {
        static string With(int fromForum, string fromItem) => Minimal + $$"""

              - number: 2
                title: { de: Zweites Forum }
                items:
                  - key: punkte
                    kind: points
                    prompt: { de: Punkte? }
                    budget: 10
                    carryOver: { fromForum: {{fromForum}}, fromItem: {{fromItem}}, top: 3 }
            """;

        Assert.True(SeriesTemplates.Parse(With(1, "frage")).Succeeded);
        Assert.Contains("forums[1].items[0].carryOver: forum 1 has no item 'fehlt'", Message(SeriesTemplates.Parse(With(1, "fehlt"))), StringComparison.Ordinal);
        Assert.Contains("forums[1].items[0].carryOver: fromForum 2 is not earlier", Message(SeriesTemplates.Parse(With(2, "punkte"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Instantiating_an_unchecked_bad_template_throws() =>
        Assert.Throws<ArgumentException>(() => SeriesTemplates.Instantiate(new SeriesTemplate(), "creator", Build.Now, Guid.NewGuid));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_minimum_group_size_below_three_is_refused_with_the_reason(int size) =>
        Assert.StartsWith("minGroupSize: must be 3–100", Message(SeriesTemplates.Parse(Minimal + $"\nminGroupSize: {size}\n")), StringComparison.Ordinal);

    [Fact]
    public void A_template_may_raise_the_minimum_group_size() =>
        Assert.Equal(5, SeriesTemplates.Instantiate(SeriesTemplates.Parse(Minimal + "\nminGroupSize: 5\n").Value!, "creator", Build.Now, Guid.NewGuid).MinGroupSize);

    [Fact]
    public void A_ranking_in_a_template_takes_the_top_of_an_earlier_ranking_and_is_held_to_five_places()
    {
        static string With(string maxRanked) => Minimal + $$"""

                  - key: rang
                    kind: ranking
                    prompt: { de: Reihenfolge? }
                    {{maxRanked}}
                    choices: [{ key: a, de: A }, { key: b, de: B }, { key: c, de: C }]
              - number: 2
                title: { de: Zweites Forum }
                items:
                  - key: weiter
                    kind: ranking
                    prompt: { de: Und jetzt? }
                    carryOver: { fromForum: 1, fromItem: rang, top: 3 }
            """;

        var parsed = SeriesTemplates.Parse(With("maxRanked: 2"));
        Assert.True(parsed.Succeeded, parsed.Rejection?.ToString());
        var series = SeriesTemplates.Instantiate(parsed.Value, "creator", Build.Now, Guid.NewGuid);
        Assert.Equal(2, Assert.IsType<Collaboration.Forums.Kinds.Ranking.RankingSpec>(series.FindForum(1)!.FindItem("rang")!.Spec).MaxRanked);
        Assert.Equal(3, Assert.IsType<Collaboration.Forums.Kinds.Ranking.RankingSpec>(series.FindForum(2)!.FindItem("weiter")!.Spec).MaxRanked);
        Assert.Contains("maxRanked must be 2–3", Message(SeriesTemplates.Parse(With("maxRanked: 4"))), StringComparison.Ordinal);
    }
}
