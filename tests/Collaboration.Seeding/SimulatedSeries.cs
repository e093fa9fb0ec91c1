using Collaboration.Forums.Items;
using Collaboration.Forums.Results;
using Collaboration.Forums.Templates;

namespace Collaboration.Seeding;

/// <summary>
/// The built-in series run to the end with simulated participants: forums started and closed in order, carry-over
/// applied from the previous forum's results (as ModerationService does), and every answer a plausible one.
/// </summary>
public static class SimulatedSeries
{
    private const string TemplateName = "rdz-salzlandkreis";

    // Who comes to such a series in a rural district: many municipalities and companies, few scientists.
    private static readonly Dictionary<string, double> GroupShares = new(StringComparer.Ordinal)
    {
        ["kommune"] = 0.34, ["kommunale-einrichtung"] = 0.10, ["landkreis"] = 0.08,
        ["unternehmen"] = 0.26, ["wissenschaft"] = 0.08, ["zivilgesellschaft"] = 0.14,
    };

    // Turnout falls from forum to forum; open questions are answered by fewer people than a rating.
    private static readonly double[] ForumTurnout = [0.92, 0.78, 0.66];

    /// <summary>A store holding the one series (<see cref="InMemoryForumStore.Series"/>) and everything answered in it.</summary>
    public static InMemoryForumStore Create(int participants, int seed, DateTimeOffset start)
    {
        var random = new Random(seed);
        var template = SeriesTemplates.Parse(SeriesTemplates.ReadBuiltIn(TemplateName)!).Value!;
        var series = SeriesTemplates.Instantiate(template, "moderator", start, () => NewGuid(random));
        var store = new InMemoryForumStore();
        store.Add(series);
        var groups = series.Groups.Select(g => g.Key).ToList();
        var groupWeights = groups.Select(g => GroupShares.GetValueOrDefault(g, 0.05)).ToList();
        var people = Enumerable.Range(0, participants)
            .Select(i => new Participant(NewGuid(random), series.Id, $"user-{i}", $"Teilnehmende {i}", groups[Weighted.Index(random, groupWeights)],
                $"Organisation {i % 97}", null, start.AddMinutes(i)))
            .ToList();
        people.ForEach(store.Add);

        var now = start;
        foreach (var forum in series.Forums)
        {
            series.StartForum(forum.Number);
            foreach (var item in forum.Items.Where(i => i.CarryOver is not null))
            {
                CarryOver(store, series, item);
            }

            now = now.AddDays(14);
            var turnout = ForumTurnout[Math.Min(forum.Number - 1, ForumTurnout.Length - 1)];
            var present = people.Where(_ => random.NextDouble() < turnout).ToList();
            foreach (var item in forum.Items)
            {
                Answer(store, random, item, present, now);
            }

            series.CloseForum(forum.Number);
        }

        return store;
    }

    private static void CarryOver(InMemoryForumStore store, ForumSeries series, ForumItem item)
    {
        var rule = item.CarryOver!;
        if (series.FindForum(rule.FromForum)?.FindItem(rule.FromItemKey) is not { } source)
        {
            return;
        }

        var results = source.Spec is NeedsCollectionSpec
            ? ResultsCalculator.ComputeNeeds(source, store.NeedsOf(source.Id), store.SupportsOf(source.Id), series)
            : ResultsCalculator.Compute(source, store.ResponsesOf(source.Id), series);
        var choices = CarryOverPlanner.Plan(results, rule.Top, CarryOverPlanner.OwnChoices(item.Spec.CarryTarget, source.Spec));
        if (choices.Count > 0)
        {
            ForumSeries.ApplyCarriedChoices(item, choices);
        }
    }

    private static void Answer(InMemoryForumStore store, Random random, ForumItem item, List<Participant> present, DateTimeOffset at)
    {
        if (item.Spec is NeedsCollectionSpec needs)
        {
            AddNeeds(store, random, item, needs, present, at);
            return;
        }

        var share = item.Spec is OpenTextSpec ? 0.45 : 0.93;
        var preferences = Weighted.Preferences(random, Math.Max(item.Spec.CarryTarget.Count, 8));
        foreach (var person in present.Where(_ => random.NextDouble() < share))
        {
            var answer = AnswerFor(random, item.Spec, person.GroupKey, preferences);
            store.Add(new Response(item.Id, "r-" + person.UserId, RespondentKeys.ParticipantIdFor(item, person), person.GroupKey, answer, at));
        }
    }

    private static Answer AnswerFor(Random random, ItemSpec spec, string group, double[] preferences) => spec switch
    {
        RatingScaleSpec s => new RatingAnswer(Rating(random, s.Min, s.Max, group)),
        SingleChoiceSpec s => new ChoiceAnswer([s.Choices[Weighted.Index(random, preferences[..s.Choices.Count])].Key]),
        MultipleChoiceSpec s => new ChoiceAnswer([.. Weighted.Distinct(random, preferences[..s.Choices.Count], 1 + random.Next(s.MaxChoices)).Select(i => s.Choices[i].Key)]),
        OpenTextSpec s => new TextAnswer(Cut(GermanTexts.OpenAnswer(random), s.MaxLength)),
        PointsSpec s => new PointsAnswer(Points(random, s, preferences)),
        MatrixChoiceSpec s => new MatrixChoiceAnswer(s.Rows.ToDictionary(r => r.Key, r => s.Columns[Weighted.Index(random, ColumnLean(s.Columns.Count, r.Key))].Key, StringComparer.Ordinal)),
        MatrixRatingSpec s => new MatrixRatingAnswer(s.Rows.ToDictionary(
            r => r.Key,
            r => (IReadOnlyDictionary<string, int>)s.Columns.ToDictionary(c => c.Key, _ => Rating(random, s.Min, s.Max, group), StringComparer.Ordinal),
            StringComparer.Ordinal)),
        _ => throw new NotSupportedException(spec.KindName),
    };

    /// <summary>Mostly agreeing answers, leaning higher for administrations, which set the series up.</summary>
    private static int Rating(Random random, int min, int max, string group)
    {
        var steps = max - min + 1;
        var lean = group is "kommune" or "landkreis" or "kommunale-einrichtung" ? 1.6 : 1.2;
        var weights = Enumerable.Range(0, steps).Select(i => Math.Pow(lean, i) + (i == steps / 2 ? 0.8 : 0)).ToList();
        return min + Weighted.Index(random, weights);
    }

    private static Dictionary<string, int> Points(Random random, PointsSpec spec, double[] preferences)
    {
        var weights = preferences.Length >= spec.Choices.Count ? preferences[..spec.Choices.Count] : Weighted.Preferences(random, spec.Choices.Count);
        var points = new Dictionary<string, int>(StringComparer.Ordinal);
        var picked = Weighted.Distinct(random, weights, 1 + random.Next(4));
        for (var left = spec.Budget; left > 0; left--)
        {
            var key = spec.Choices[picked[random.Next(picked.Count)]].Key;
            if (spec.MaxPerChoice is { } cap && points.GetValueOrDefault(key) >= cap)
            {
                break;
            }

            points[key] = points.GetValueOrDefault(key) + 1;
        }

        return points;
    }

    /// <summary>Each task has a favourite actor (a hash of its key), so the role matrix shows clear winners.</summary>
    private static double[] ColumnLean(int columns, string rowKey)
    {
        var favourite = (int)(StableHash.Of(rowKey) % (uint)columns);
        return [.. Enumerable.Range(0, columns).Select(c => c == favourite ? 5.0 : 1.0)];
    }

    private static void AddNeeds(InMemoryForumStore store, Random random, ForumItem item, NeedsCollectionSpec spec, List<Participant> present, DateTimeOffset at)
    {
        var topics = store.Series.Topics.Select(t => t.Key).ToList();
        foreach (var person in present)
        {
            for (var n = Weighted.Index(random, [0.25, 0.35, 0.25, 0.15]); n > 0; n--)
            {
                var kind = spec.Kinds[random.Next(spec.Kinds.Count)];
                var id = NewGuid(random);
                var topic = topics[random.Next(topics.Count)];
                store.Add(new NeedEntry(id, item.Id, "r-" + person.UserId, RespondentKeys.ParticipantIdFor(item, person), person.GroupKey,
                    kind, topic, Cut(GermanTexts.Need(topic, random), spec.MaxLength), NewGuid(random).ToString("N"), at));
            }
        }

        // "Sehe ich auch so": everyone present backs a few entries of others, the early and popular ones more often.
        var entries = store.NeedsOf(item.Id);
        foreach (var person in present.Where(_ => entries.Count > 0))
        {
            foreach (var index in Enumerable.Range(0, random.Next(4)).Select(_ => (int)(entries.Count * Math.Pow(random.NextDouble(), 2))).Distinct())
            {
                if (entries[index].RespondentKey != "r-" + person.UserId)
                {
                    store.Add(new NeedSupport(entries[index].Id, "r-" + person.UserId, at));
                }
            }
        }
    }

    private static string Cut(string text, int maxLength) => text.Length <= maxLength ? text : text[..maxLength];

    private static Guid NewGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
