using Collaboration.Forums.Results.Disclosure;
using Collaboration.Fakes.Disclosure;

namespace Collaboration.Forums.Tests.Results.Disclosure;

/// <summary>
/// For generated answer sets, takes what an item's results publish (the option totals, the respondents per group, the
/// rest) as equations over the hidden group × option table and checks with <see cref="PublishedEquations"/> that no
/// cell and no group size of 1 to k-1 people can be worked out.
/// </summary>
public sealed class NoCellBelowKCanBeDerivedTests
{
    private const int K = 3;
    private static readonly string[] Groups = ["kommune", "unternehmen", "wissenschaft", "zivil"];
    private static readonly string[] Options = ["ja", "nein", "egal"];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 150)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_answer_sets_reveal_no_small_cell(int seed)
    {
        var random = new Random(seed);
        var table = Groups.Select(_ => Options.Select(_ => 0).ToArray()).ToArray();
        foreach (var row in table)
        {
            // Mostly small groups, so that suppression has work to do.
            var size = random.Next(0, random.Next(2) == 0 ? 4 : 7);
            for (var i = 0; i < size; i++)
            {
                row[random.Next(random.Next(1, Options.Length + 1))]++;
            }
        }

        AssertNothingSmallIsPinned(table);
    }

    [Fact]
    public void Three_three_one_does_not_reveal_the_single_persons_choice()
    {
        // kommune: 2 ja, 1 nein; unternehmen: 3 ja; wissenschaft: the one person, who chose "egal".
        int[][] table = [[2, 1, 0], [3, 0, 0], [0, 0, 1], [0, 0, 0]];
        var published = Publish(table);

        Assert.DoesNotContain(published.ByGroup, g => g.GroupKey == "wissenschaft" || g.Respondents is > 0 and < K);
        AssertNothingSmallIsPinned(table);
    }

    [Fact]
    public void The_solver_finds_what_the_old_rule_gave_away()
    {
        // The old rule showed each group of at least k with its split over the options, and the totals: 7 - 3 - 3 left the
        // single person's choice.
        int[][] table = [[2, 1, 0], [3, 0, 0], [0, 0, 1], [0, 0, 0]];
        var equations = new PublishedEquations();
        var cells = Cells(equations, table, 7);
        for (var o = 0; o < Options.Length; o++)
        {
            equations.SumIs(Groups.Select((_, g) => cells[g][o]), table.Sum(r => r[o]));
        }

        foreach (var shown in new[] { 0, 1, 3 })
        {
            for (var o = 0; o < Options.Length; o++)
            {
                equations.SumIs([cells[shown][o]], table[shown][o]);
            }
        }

        Assert.True(equations.IsPinned([cells[2][2]], 1));
    }

    private static ChoiceResults Publish(int[][] table)
    {
        var item = Build.Item(new SingleChoiceSpec(Build.Choices(Options)));
        var series = new ForumSeries(Guid.NewGuid(), new LocalizedText("Reihe"), null, "creator", Build.Now,
            [.. Groups.Select(g => new StakeholderGroup(g, new LocalizedText(g)))], [],
            [new Forum(Guid.NewGuid(), 1, new LocalizedText("Forum"), null, ForumStatus.Open, [item])], [], K);
        var responses = new List<Response>();
        for (var g = 0; g < Groups.Length; g++)
        {
            for (var o = 0; o < Options.Length; o++)
            {
                for (var n = 0; n < table[g][o]; n++)
                {
                    responses.Add(Build.Response(item, $"{g}-{o}-{n}", new ChoiceAnswer([Options[o]]), group: Groups[g], minute: responses.Count));
                }
            }
        }

        return (ChoiceResults)ResultsCalculator.Compute(item, responses, series);
    }

    private static void AssertNothingSmallIsPinned(int[][] table)
    {
        var published = Publish(table);
        var total = table.Sum(r => r.Sum());
        var equations = new PublishedEquations();
        var cells = Cells(equations, table, total);
        var all = cells.SelectMany(c => c).ToList();

        if (published.WithheldBelow is not null)
        {
            // All an observer learns is that someone answered, fewer than k.
            equations.SumBetween(all, 1, K - 1);
        }
        else
        {
            Assert.Equal(total, published.Respondents);
            foreach (var tally in published.Tallies)
            {
                equations.SumIs(Groups.Select((_, g) => cells[g][Array.IndexOf(Options, tally.Choice.Key)]), tally.Count);
            }

            var shown = published.ByGroup.Where(g => g.GroupKey != GroupRespondents.OtherGroups).ToList();
            foreach (var group in shown)
            {
                equations.SumIs(cells[Array.IndexOf(Groups, group.GroupKey)], group.Respondents);
            }

            var hidden = Groups.Select((key, g) => (key, g)).Where(x => shown.All(s => s.GroupKey != x.key)).SelectMany(x => cells[x.g]);
            equations.SumIs(hidden, published.ByGroup.FirstOrDefault(g => g.GroupKey == GroupRespondents.OtherGroups)?.Respondents ?? 0);
            Assert.All(published.ByGroup, g => Assert.True(g.Respondents >= K, $"{g.GroupKey} published with {g.Respondents}"));
        }

        var truth = new Dictionary<int, int>();
        for (var g = 0; g < Groups.Length; g++)
        {
            for (var o = 0; o < Options.Length; o++)
            {
                truth[cells[g][o]] = table[g][o];
            }
        }

        Assert.True(equations.Admits(truth), "the equations do not describe what the results publish");
        for (var g = 0; g < Groups.Length; g++)
        {
            var size = table[g].Sum();
            if (size == total)
            {
                continue; // a group that holds everyone is the total; its cells are the published totals.
            }

            if (size is > 0 and < K)
            {
                Assert.False(equations.IsPinned(cells[g], size), $"seed table {Describe(table)}: the size of {Groups[g]} ({size}) can be derived");
            }

            for (var o = 0; o < Options.Length; o++)
            {
                if (table[g][o] is > 0 and < K)
                {
                    Assert.False(equations.IsPinned([cells[g][o]], table[g][o]), $"{Describe(table)}: {Groups[g]} × {Options[o]} = {table[g][o]} can be derived");
                }
            }
        }
    }

    private static int[][] Cells(PublishedEquations equations, int[][] table, int total) =>
        [.. table.Select(row => row.Select(_ => equations.Unknown(Math.Max(total, K - 1))).ToArray())];

    private static string Describe(int[][] table) => string.Join(" | ", table.Select(r => string.Join(",", r)));
}
