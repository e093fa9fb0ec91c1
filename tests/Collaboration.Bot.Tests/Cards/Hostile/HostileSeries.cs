using Choice = Collaboration.Forums.Items.Choice;

namespace Collaboration.Bot.Tests.Cards.Hostile;

/// <summary>
/// A series in which every text a template, a moderator or a participant supplies is the given text, in German and
/// English: titles, goal, descriptions, prompts, help, every label, group and topic names, milestones, needs and
/// open answers. Built directly, not through a template, so the text reaches the cards even where input rules would
/// have cleaned or refused it (data stored before a rule existed, or a rule that misses a field).
/// </summary>
internal static class HostileSeries
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    public static ForumSeries Build(string text)
    {
        var label = new LocalizedText(text, text);
        IReadOnlyList<Choice> Options(params string[] keys) => [.. keys.Select(k => new Choice(k, label))];
        ForumItem Item(string key, ItemSpec spec, int position, bool anonymous = false) =>
            new(Guid.NewGuid(), key, position, label, spec, anonymous, ItemStatus.Open, help: label);

        ForumItem[] items =
        [
            Item("single", new SingleChoiceSpec(Options("a", "b")), 1),
            Item("multiple", new MultipleChoiceSpec(Options("a", "b", "c"), 2), 2),
            Item("rating", new RatingScaleSpec(1, 5, label, label), 3, anonymous: true),
            Item("open", new OpenTextSpec(1000), 4),
            Item("needs", new NeedsCollectionSpec([NeedKind.Need, NeedKind.Wish], 500), 5),
            Item("points", new PointsSpec(Options("a", "b"), 10, null, RequireFullBudget: false), 6),
            Item("matrix", new MatrixChoiceSpec(Options("r1", "r2"), Options("c1", "c2")), 7),
            Item("matrix-rating", new MatrixRatingSpec(Options("r1", "r2"), Options("c1", "c2"), 1, 5), 8),
        ];
        Forum[] forums =
        [
            new(Guid.NewGuid(), 1, label, label, ForumStatus.Open, items),
            new(Guid.NewGuid(), 2, label, label, ForumStatus.Draft, [new ForumItem(Guid.NewGuid(), "later", 1, label, new OpenTextSpec(100), false)]),
        ];
        return new ForumSeries(Guid.NewGuid(), label, label, "moderator", Now,
            [new StakeholderGroup("g1", label), new StakeholderGroup("g2", label), new StakeholderGroup("g3", label)],
            [new Topic("t1", label), new Topic("t2", label)], forums, ["moderator"], minGroupSize: 3,
            implementationPath: [new Milestone(label, label, text)]);
    }

    /// <summary>
    /// Nine respondents in three groups (so every group is broken out by name), their needs and open answers being the
    /// text; fewer <paramref name="respondents"/> give the withheld results and hidden small groups.
    /// </summary>
    public static (ItemResults Results, Answer? Mine) Results(ForumSeries series, ForumItem item, string text, int respondents = 9)
    {
        string Group(int n) => series.Groups[n % 3].Key;
        if (item.Spec is NeedsCollectionSpec needs)
        {
            var entries = Enumerable.Range(0, respondents).Select(n => new NeedEntry(Guid.NewGuid(), item.Id, $"p:{n}", null, Group(n),
                needs.Kinds[n % needs.Kinds.Count], series.Topics[n % series.Topics.Count].Key, text, $"c{n}", Now.AddMinutes(n))).ToList();
            return (ResultsCalculator.ComputeNeeds(item, entries, [.. entries.Take(1).Select(e => new NeedSupport(e.Id, "p:8", Now))], series), null);
        }

        var answers = Enumerable.Range(0, respondents).Select(n => AnswerFor(item.Spec, n, text)).ToList();
        var responses = answers.Select((answer, n) => new Response(item.Id, $"p:{n}", null, Group(n), answer, Now)).ToList();
        return (ResultsCalculator.Compute(item, responses, series), answers.FirstOrDefault());
    }

    private static Answer AnswerFor(ItemSpec spec, int n, string text) => spec switch
    {
        SingleChoiceSpec s => new ChoiceAnswer([s.Choices[n % s.Choices.Count].Key]),
        MultipleChoiceSpec s => new ChoiceAnswer([s.Choices[n % s.Choices.Count].Key]),
        RatingScaleSpec s => new RatingAnswer(s.Min + (n % (s.Max - s.Min + 1))),
        OpenTextSpec => new TextAnswer(text),
        PointsSpec s => new PointsAnswer(new Dictionary<string, int> { [s.Choices[n % s.Choices.Count].Key] = s.Budget }),
        MatrixChoiceSpec s => new MatrixChoiceAnswer(s.Rows.ToDictionary(r => r.Key, _ => s.Columns[n % s.Columns.Count].Key)),
        MatrixRatingSpec s => new MatrixRatingAnswer(s.Rows.ToDictionary(r => r.Key,
            _ => (IReadOnlyDictionary<string, int>)s.Columns.ToDictionary(c => c.Key, _ => s.Min + (n % (s.Max - s.Min + 1))))),
        _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.KindName, "An item kind this corpus does not know yet: add it to Build."),
    };
}
