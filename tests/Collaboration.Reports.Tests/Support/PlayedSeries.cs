using Collaboration.Seeding;
using Collaboration.Forums.Participants;
using Collaboration.Forums.Templates;
using Collaboration.Forums.Validation;

namespace Collaboration.Reports.Tests.Support;

/// <summary>
/// The built-in Salzlandkreis series run through the real use-case services: 22 participants answer all three forums,
/// forum 1's top needs carry over into forum 2 and forum 2's short list into forum 3. Seeded, so always the same.
/// Not a second generator beside Seeding's <see cref="SimulatedSeries"/>, which writes rows straight into a store at
/// benchmark sizes: this one plays a small series through the use cases (carry-over, small groups, hand-written texts)
/// whose exact content the report tests assert.
/// </summary>
internal static class PlayedSeries
{
    private const string Moderator = "moderator-1";

    private static readonly (string Group, int Count)[] Groups =
        [("kommune", 8), ("kommunale-einrichtung", 3), ("landkreis", 4), ("unternehmen", 4), ("wissenschaft", 2), ("zivilgesellschaft", 1)];

    private static readonly string[] NeedTexts =
    [
        "Gemeinsame Plattform für Online-Dienste (OZG) statt Insellösungen in jeder Gemeinde",
        "Beratung zur Auswahl und Einführung von Fachverfahren",
        "Schulungen für Beschäftigte in kleinen Verwaltungen",
        "Bessere Breitbandversorgung in den Ortsteilen",
        "Rufbus und On-Demand-Verkehr digital buchbar machen",
        "Coworking-Angebote im ländlichen Raum für Pendlerinnen und Pendler",
        "Ansprechpartner für IT-Sicherheit und Notfallhilfe",
        "Fördermittel bündeln und Anträge gemeinsam stellen",
    ];

    private static readonly string[] Opportunities =
    [
        "Weniger Wege für Bürgerinnen und Bürger, wenn Anträge online gehen.",
        "Mobiles Arbeiten macht uns als Arbeitgeber attraktiver für junge Fachkräfte.",
        "Gemeinsame Beschaffung spart Geld und Zeit.",
        "Daten zu Verkehr und Pendlerströmen könnten den ÖPNV im Landkreis verbessern.",
    ];

    public static async Task<SeriesReport> BuildAsync()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        var store = new InMemoryForumStore();
        var seriesId = await RunAsync(store, time);
        time.Advance(TimeSpan.FromDays(1));
        return (await new SeriesReportBuilder(store, time).BuildAsync(seriesId, default))!;
    }

    /// <summary>Creates the series in <paramref name="store"/> and lets everyone answer; returns the series id.</summary>
    public static async Task<Guid> RunAsync(IForumStore store, FakeTimeProvider time)
    {
        var service = new ForumUseCases(store, new RespondentKeys(new byte[32]), new ModerationOptions { AnyoneMayCreateSeries = true }, time);
        var next = 0;
        var template = SeriesTemplates.Parse(SeriesTemplates.ReadBuiltIn("rdz-salzlandkreis")!);
        var series = SeriesTemplates.Instantiate(template.Value!, Moderator, time.GetUtcNow(), () => new Guid(++next, 0, 0, new byte[8]));
        await store.AddSeriesAsync(series, default);

        var random = new Random(20261125);
        var users = new List<UserRef>();
        foreach (var (group, count) in Groups)
        {
            for (var i = 0; i < count; i++)
            {
                var user = new UserRef($"user-{group}-{i}", $"Person {group} {i}");
                Ensure(await service.Participation.OnboardAsync(series.Id, user, group, $"Organisation {group} {i}", "Bernburg", default));
                users.Add(user);
            }
        }

        var moderator = new UserRef(Moderator, "Moderation");
        Ensure(await service.Moderation.StartForumAsync(series.Id, 1, moderator, default));

        // Read back what the store holds: starting a forum carried earlier results into its items.
        series = (await store.GetSeriesAsync(series.Id, default))!;
        foreach (var (user, index) in users.Select((u, i) => (u, i)))
        {
            time.Advance(TimeSpan.FromMinutes(1));
            await AnswerForum1Async(service, series, user, index, random);
        }

        Ensure(await service.Moderation.StartForumAsync(series.Id, 2, moderator, default));

        // Read back what the store holds: starting a forum carried earlier results into its items.
        series = (await store.GetSeriesAsync(series.Id, default))!;
        foreach (var user in users.Take(18))
        {
            time.Advance(TimeSpan.FromMinutes(1));
            await AnswerForum2Async(service, series, user, random);
        }

        Ensure(await service.Moderation.StartForumAsync(series.Id, 3, moderator, default));

        // Read back what the store holds: starting a forum carried earlier results into its items.
        series = (await store.GetSeriesAsync(series.Id, default))!;
        foreach (var user in users.Take(15))
        {
            time.Advance(TimeSpan.FromMinutes(1));
            await AnswerForum3Async(service, series, user, random);
        }

        return series.Id;
    }

    private static async Task AnswerForum1Async(ForumUseCases service, ForumSeries series, UserRef user, int index, Random random)
    {
        var forum = series.FindForum(1)!;
        foreach (var key in new[] { "bedeutung", "chancen-mobilitaet", "chancen-arbeiten", "chancen-iuk" })
        {
            Ensure(await service.Participation.SubmitAnswerAsync(forum.FindItem(key)!.Id, user, new RatingAnswer(random.Next(2, 6)), default));
        }

        if (index % 2 == 0)
        {
            Ensure(await service.Participation.SubmitAnswerAsync(forum.FindItem("chancen-text")!.Id, user, new TextAnswer(Opportunities[index / 2 % Opportunities.Length]), default));
        }

        var needs = forum.FindItem("bedarfe")!;
        if (index < NeedTexts.Length)
        {
            var kind = (NeedKind)(index % 4);
            var topic = series.Topics[index % series.Topics.Count].Key;
            Ensure(await service.Participation.SubmitNeedAsync(needs.Id, user, kind, topic, NeedTexts[index], $"client-{index}", default));
        }
        else
        {
            // Later participants support earlier entries, the first ones more often.
            var receipt = await service.Results.ViewItemAsync(needs.Id, user, default);
            var ranking = ((Collaboration.Forums.Results.NeedsResults)receipt.Value!.Results).Ranking;
            foreach (var need in ranking.Where(_ => random.Next(3) > 0).Take(1 + random.Next(3)))
            {
                Ensure(await service.Participation.SupportNeedAsync(need.NeedId, user, default));
            }
        }

        var hurdles = (MultipleChoiceSpec)forum.FindItem("huerden")!.Spec;
        Ensure(await service.Participation.SubmitAnswerAsync(forum.FindItem("huerden")!.Id, user, new ChoiceAnswer(Pick(hurdles.Choices, 1 + random.Next(3), random)), default));
        var role = (SingleChoiceSpec)forum.FindItem("rolle-zentrum")!.Spec;
        Ensure(await service.Participation.SubmitAnswerAsync(forum.FindItem("rolle-zentrum")!.Id, user, new ChoiceAnswer(Pick(role.Choices, 1, random)), default));
    }

    private static async Task AnswerForum2Async(ForumUseCases service, ForumSeries series, UserRef user, Random random)
    {
        var forum = series.FindForum(2)!;
        var services = forum.FindItem("leistungen")!;
        var spec = (PointsSpec)services.Spec;
        var chosen = Pick(spec.Choices.Take(8).ToList(), 3, random);
        var points = new Dictionary<string, int> { [chosen[0]] = 5, [chosen[1]] = 3, [chosen[2]] = spec.Budget - 8 };
        Ensure(await service.Participation.SubmitAnswerAsync(services.Id, user, new PointsAnswer(points), default));

        var roles = (MatrixChoiceSpec)forum.FindItem("rollen")!.Spec;
        var matrix = roles.Rows.ToDictionary(r => r.Key, r => roles.Columns[Math.Min(roles.Columns.Count - 1, random.Next(3) == 0 ? random.Next(roles.Columns.Count) : 0)].Key);
        Ensure(await service.Participation.SubmitAnswerAsync(forum.FindItem("rollen")!.Id, user, new MatrixChoiceAnswer(matrix), default));
        Ensure(await service.Participation.SubmitAnswerAsync(forum.FindItem("mitwirkung")!.Id, user, new RatingAnswer(random.Next(3, 6)), default));
        if (random.Next(2) == 0)
        {
            Ensure(await service.Participation.SubmitAnswerAsync(forum.FindItem("beitrag")!.Id, user, new TextAnswer("Wir bringen Räume und Erfahrung mit Fachverfahren ein."), default));
        }

        var models = (MultipleChoiceSpec)forum.FindItem("betreibermodelle-auswahl")!.Spec;
        Ensure(await service.Participation.SubmitAnswerAsync(forum.FindItem("betreibermodelle-auswahl")!.Id, user, new ChoiceAnswer(Pick(models.Choices.Take(5).ToList(), 2, random)), default));
    }

    private static async Task AnswerForum3Async(ForumUseCases service, ForumSeries series, UserRef user, Random random)
    {
        var forum = series.FindForum(3)!;
        var models = (MatrixRatingSpec)forum.FindItem("betreibermodelle")!.Spec;
        var ratings = models.Rows.Select((r, i) => (r, i)).ToDictionary(x => x.r.Key,
            x => (IReadOnlyDictionary<string, int>)models.Columns.ToDictionary(c => c.Key, _ => Math.Clamp(random.Next(1, 6) + (x.i == 1 ? 1 : 0), 1, 5)));
        Ensure(await service.Participation.SubmitAnswerAsync(forum.FindItem("betreibermodelle")!.Id, user, new MatrixRatingAnswer(ratings), default));
        var funding = (SingleChoiceSpec)forum.FindItem("finanzierung")!.Spec;
        Ensure(await service.Participation.SubmitAnswerAsync(forum.FindItem("finanzierung")!.Id, user, new ChoiceAnswer(Pick(funding.Choices, 1, random)), default));
        var business = (MultipleChoiceSpec)forum.FindItem("geschaeftsmodell")!.Spec;
        Ensure(await service.Participation.SubmitAnswerAsync(forum.FindItem("geschaeftsmodell")!.Id, user, new ChoiceAnswer(Pick(business.Choices, 2, random)), default));
        Ensure(await service.Participation.SubmitAnswerAsync(forum.FindItem("bedingungen")!.Id, user, new TextAnswer("Wenn die Kosten planbar sind und jede Kommune mitbestimmen kann."), default));
    }

    private static List<string> Pick(IReadOnlyList<Choice> choices, int count, Random random) =>
        [.. choices.Select(c => (c.Key, Order: random.Next())).OrderBy(x => x.Order).Take(count).Select(x => x.Key)];

    private static void Ensure<T>(Outcome<T> outcome)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"The simulation was refused: {outcome.Rejection}");
        }
    }
}
