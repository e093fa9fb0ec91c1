namespace Collaboration.Forums.Tests.Validation;

/// <summary>
/// Every way text enters the domain drops the bidi embedding, override and isolate controls (TextRules), so none
/// reaches a card, a CSV cell, a report or the SharePoint list.
/// </summary>
public sealed class BidiAtInputTests
{
    // "Rechnung‮fdp.exe" shows as "Rechnungexe.pdf" where the override is honoured.
    private const string Hostile = "Rech\u202Anung\u202B \u202C\u202Dx\u202Efdp.exe \u2066a\u2067b\u2068c\u2069";
    private const string Clean = "Rechnung xfdp.exe abc";

    [Fact]
    public void Text_rules_drop_every_embedding_override_and_isolate_control() =>
        Assert.Equal(Clean, TextRules.Normalise(Hostile));

    [Fact]
    public void Text_rules_keep_the_direction_marks_that_right_to_left_writers_use() =>
        Assert.Equal("a\u200Eb\u200Fc\u061Cd", TextRules.Normalise("a\u200Eb\u200Fc\u061Cd"));

    [Fact]
    public void A_need_is_stored_without_bidi_controls()
    {
        var needs = Build.Item(new NeedsCollectionSpec([NeedKind.Need], 500));
        Assert.Equal(Clean, NeedRules.Check(needs, NeedKind.Need, "mobility", Hostile, Build.Topics).Value);
    }

    [Fact]
    public void An_open_answer_is_stored_without_bidi_controls()
    {
        var open = Build.Item(new OpenTextSpec(500));
        Assert.Equal(Clean, Assert.IsType<TextAnswer>(AnswerRules.Check(open, new TextAnswer(Hostile)).Value).Text);
    }

    [Fact]
    public async Task Organisation_municipality_and_display_name_are_stored_without_bidi_controls()
    {
        var store = new InMemoryForumStore();
        var service = new ForumUseCases(store, new RespondentKeys(new byte[32]), new ModerationOptions { AnyoneMayCreateSeries = true }, new FakeTimeProvider(Build.Now));
        var series = (await service.Moderation.CreateSeriesAsync(SeriesTemplates.ReadBuiltIn("rdz-salzlandkreis")!, new UserRef("m", "M"), CancellationToken.None)).Value!;

        var joined = await service.Participation.OnboardAsync(series.Id, new UserRef("anna", Hostile), series.Groups[0].Key, Hostile, Hostile, CancellationToken.None);

        var stored = await store.GetParticipantAsync(series.Id, "anna", CancellationToken.None);
        Assert.True(joined.Succeeded, joined.Rejection?.ToString());
        Assert.Equal((Clean, Clean, Clean), (stored!.DisplayName, stored.Organisation, stored.Municipality));
    }

    [Fact]
    public void An_item_a_moderator_adds_keeps_no_bidi_control_in_prompt_help_or_labels()
    {
        var series = Build.Series();
        var hostile = new LocalizedText(Hostile, Hostile);
        var draft = new ItemDraft("neu", hostile, new MatrixRatingSpec([new Choice("r", hostile)], [new Choice("c", hostile)], 1, 5), Help: hostile);

        var added = series.AddItem(1, draft, Guid.NewGuid()).Value!;

        var spec = Assert.IsType<MatrixRatingSpec>(added.Spec);
        LocalizedText[] texts = [added.Prompt, added.Help!, spec.Rows[0].Label, spec.Columns[0].Label];
        Assert.All(texts, t => Assert.Equal((Clean, Clean), (t.De, t.En)));
    }

    [Fact]
    public void A_template_keeps_no_bidi_control_in_titles_prompts_labels_groups_topics_or_milestones()
    {
        var template = $$"""
            title: { de: "{{Hostile}}", en: "{{Hostile}}" }
            goal: { de: "{{Hostile}}" }
            stakeholderGroups: [{ key: kommune, de: "{{Hostile}}" }]
            topics: [{ key: mobilitaet, de: "{{Hostile}}" }]
            forums:
              - number: 1
                title: { de: "{{Hostile}}" }
                description: { de: "{{Hostile}}" }
                items:
                  - key: frage
                    kind: singleChoice
                    prompt: { de: "{{Hostile}}" }
                    help: { de: "{{Hostile}}" }
                    choices: [{ key: a, de: "{{Hostile}}", en: "{{Hostile}}" }]
            implementationPath: [{ phase: { de: "{{Hostile}}" }, title: { de: "{{Hostile}}" }, due: "{{Hostile}}" }]
            """;
        var parsed = SeriesTemplates.Parse(template);
        Assert.True(parsed.Succeeded, parsed.Rejection?.ToString());

        var series = SeriesTemplates.Instantiate(parsed.Value, "creator", Build.Now, Guid.NewGuid);

        var forum = series.Forums[0];
        var item = forum.Items[0];
        LocalizedText[] texts = [series.Title, series.Goal!, series.Groups[0].Name, series.Topics[0].Name, forum.Title, forum.Description!,
            item.Prompt, item.Help!, Assert.IsType<SingleChoiceSpec>(item.Spec).Choices[0].Label,
            series.ImplementationPath[0].Phase, series.ImplementationPath[0].Title];
        Assert.All(texts, t => Assert.Equal(Clean, t.De));
        Assert.Equal((Clean, Clean), (series.Title.En, Assert.IsType<SingleChoiceSpec>(item.Spec).Choices[0].Label.En));
        Assert.Equal(Clean, series.ImplementationPath[0].Due);
    }
}
