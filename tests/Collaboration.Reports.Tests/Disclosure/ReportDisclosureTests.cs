using Collaboration.Fakes.Disclosure;

namespace Collaboration.Reports.Tests.Disclosure;

/// <summary>
/// What the report model and its JSON export publish, over several forums of the same participants, checked with a
/// solver: participants per group, each forum's answers and respondents per group, each item's totals and group counts.
/// </summary>
public sealed class ReportDisclosureTests
{
    private const int K = 3;

    [Fact]
    public async Task Three_three_one_voters_leave_no_residual_of_one_in_the_participation_tables_or_the_export()
    {
        // kommune 3, unternehmen 3, wissenschaft 1; everyone votes; the single person chose "b", everyone else "a".
        int[] people = [0, 0, 0, 1, 1, 1, 2];
        int?[] votes = [0, 0, 0, 0, 0, 0, 1];
        var report = await new SmallGroupSeries(people, [[votes]]).ExportedReportAsync();

        var expected = new[] { new GroupCount("kommune", 3), new GroupCount(GroupCount.OtherGroups, 4) };
        Assert.Equal(expected, report.Participants);
        Assert.Equal(expected, report.Forums[0].Answers);
        Assert.Equal(expected, report.Forums[0].RespondentsByGroup);
        var results = (ChoiceResults)report.Forums[0].Items[0].Results;
        Assert.Equal(7, results.Respondents);
        Assert.Equal([3, 4], results.ByGroup.Select(g => g.Respondents));
        AssertNothingSmallIsPinned(new SmallGroupSeries(people, [[votes]]), report);

        var (deck, word) = ExecutiveDocuments.Render(report, Language.De);
        using var presentation = PresentationDocument.Open(new MemoryStream(deck), false);
        OfficeValidation.AssertValid(presentation);
        using var document = WordprocessingDocument.Open(new MemoryStream(word), false);
        OfficeValidation.AssertValid(document);
    }

    [Fact]
    public async Task An_item_with_fewer_than_k_answers_is_withheld_in_the_report_and_its_documents()
    {
        int[] people = [0, 0, 0, 1];
        var report = await new SmallGroupSeries(people, [[[0, 1, null, null], [0, 0, 1, 1]]]).ExportedReportAsync();

        var withheld = report.Forums[0].Items[0].Results;
        Assert.Equal(K, withheld.WithheldBelow);
        Assert.Equal(0, withheld.Respondents);
        Assert.Equal(4, report.Forums[0].TotalAnswers);

        var (deck, word) = ExecutiveDocuments.Render(report, Language.En);
        using var document = WordprocessingDocument.Open(new MemoryStream(word), false);
        Assert.Contains("Results appear from 3 answers on", document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
        using var presentation = PresentationDocument.Open(new MemoryStream(deck), false);
        OfficeValidation.AssertValid(presentation);
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Random_series_over_two_forums_reveal_no_small_group(int seed)
    {
        var random = new Random(seed);
        var people = SmallGroupSeries.Groups.SelectMany((_, g) => Enumerable.Repeat(g, random.Next(0, random.Next(2) == 0 ? 3 : 5))).ToArray();
        var choices = Enumerable.Range(0, 2).Select(_ => Enumerable.Range(0, 2).Select(_ =>
            people.Select(_ => random.Next(10) < 7 ? (int?)random.Next(SmallGroupSeries.Options.Length) : null).ToArray()).ToArray()).ToArray();
        var series = new SmallGroupSeries(people, choices);

        AssertNothingSmallIsPinned(series, await series.ExportedReportAsync());
    }

    /// <summary>
    /// Unknowns: each group's participants and each group's respondents per item. Equations: everything the report
    /// publishes about them. A group's respondents on an item never exceed its participants; that is what links forums.
    /// </summary>
    private static void AssertNothingSmallIsPinned(SmallGroupSeries series, SeriesReport report)
    {
        var groups = SmallGroupSeries.Groups;
        var people = series.People.Length;
        var equations = new PublishedEquations();
        var members = groups.Select(_ => equations.Unknown(people)).ToArray();
        var items = report.Forums.SelectMany(f => f.Items.Select(i => (Forum: f, Item: i))).ToList();
        var answered = items.Select(_ => groups.Select(_ => equations.Unknown(people)).ToArray()).ToArray();

        // No participants table at all: fewer than k joined (possibly none).
        Publish(equations, members, [.. report.Participants.Select(p => (p.GroupKey, p.Count))], 0, report.Participants.Count == 0 ? 0 : null);
        for (var x = 0; x < items.Count; x++)
        {
            var results = items[x].Item.Results;
            Publish(equations, answered[x], [.. results.ByGroup.Select(g => (g.GroupKey, g.Respondents))], results.Respondents, results.WithheldBelow is null ? null : 1);
            for (var g = 0; g < groups.Length; g++)
            {
                equations.DifferenceBetween([answered[x][g]], [members[g]], -people, 0);
            }
        }

        foreach (var forum in report.Forums)
        {
            // Withheld items add nothing to a forum's answers.
            var inForum = items.Select((it, x) => (it, x)).Where(p => p.it.Forum.Number == forum.Number && p.it.Item.Results.WithheldBelow is null).ToList();
            foreach (var count in forum.Answers)
            {
                var cells = inForum.SelectMany(p => CellsOf(count.GroupKey, p.it.Item.Results, answered[p.x]));
                equations.SumIs(cells, count.Count);
            }
        }

        var truth = new Dictionary<int, int>();
        for (var g = 0; g < groups.Length; g++)
        {
            truth[members[g]] = series.People.Count(p => p == g);
            for (var x = 0; x < items.Count; x++)
            {
                truth[answered[x][g]] = Answered(series, items[x], g);
            }
        }

        Assert.True(equations.Admits(truth), "the equations do not describe what the report publishes");
        for (var g = 0; g < groups.Length; g++)
        {
            var size = series.People.Count(p => p == g);
            if (size is > 0 and < K)
            {
                Assert.False(equations.IsPinned([members[g]], size), $"participants of {groups[g]} ({size}) can be derived from {Describe(report)}");
            }

            for (var x = 0; x < items.Count; x++)
            {
                var respondents = truth[answered[x][g]];
                if (respondents is > 0 and < K)
                {
                    Assert.False(equations.IsPinned([answered[x][g]], respondents), $"respondents of {groups[g]} on {items[x].Item.Key} ({respondents}) can be derived from {Describe(report)}");
                }
            }
        }
    }

    private static int Answered(SmallGroupSeries series, (ForumReport Forum, ItemReport Item) item, int group)
    {
        var (f, i) = (item.Forum.Number - 1, item.Forum.Items.ToList().IndexOf(item.Item));
        return series.People.Select((g, p) => (g, p)).Count(q => q.g == group && series.Choices[f][i][q.p] is not null);
    }

    private static string Describe(SeriesReport report) =>
        $"participants {string.Join(",", report.Participants)}; " + string.Join("; ", report.Forums.SelectMany(f => f.Items).Select(i =>
            $"{i.Key}: {i.Results.Respondents}/{i.Results.WithheldBelow} [{string.Join(",", i.Results.ByGroup)}]"));

    /// <summary>The unknowns a published count of <paramref name="key"/> covers on one item.</summary>
    private static IEnumerable<int> CellsOf(string key, ItemResults results, int[] cells)
    {
        var shown = results.ByGroup.Select(g => g.GroupKey).Where(k => k != GroupCount.OtherGroups).ToHashSet(StringComparer.Ordinal);
        return SmallGroupSeries.Groups.Select((group, g) => (group, g))
            .Where(x => key == GroupCount.OtherGroups ? !shown.Contains(x.group) : x.group == key && shown.Contains(key))
            .Select(x => cells[x.g]);
    }

    /// <param name="withheldFrom">Set when the total is withheld: it lies between this and k-1.</param>
    private static void Publish(PublishedEquations equations, int[] cells, IReadOnlyList<(string Key, int Count)> counts, int total, int? withheldFrom)
    {
        if (withheldFrom is { } low)
        {
            equations.SumBetween(cells, low, K - 1);
            return;
        }

        if (counts.Count == 0)
        {
            equations.SumIs(cells, total);
            return;
        }

        Assert.All(counts, c => Assert.True(c.Count >= K, $"{c.Key} published with {c.Count}"));
        foreach (var (key, count) in counts)
        {
            var group = Array.IndexOf(SmallGroupSeries.Groups, key);
            equations.SumIs(key == GroupCount.OtherGroups
                ? SmallGroupSeries.Groups.Select((g, i) => (g, i)).Where(x => counts.All(c => c.Key != x.g)).Select(x => cells[x.i])
                : [cells[group]], count);
        }

        if (counts.All(c => c.Key != GroupCount.OtherGroups))
        {
            equations.SumIs(SmallGroupSeries.Groups.Select((g, i) => (g, i)).Where(x => counts.All(c => c.Key != x.g)).Select(x => cells[x.i]), 0);
        }
    }
}
