using Collaboration.Forums.Answers;
using Collaboration.Forums.Templates;
using Collaboration.Seeding;

namespace Collaboration.GraphSync.Tests.Support;

/// <summary>The built-in template's forum 1 with simulated participants answering every item, then closed.</summary>
internal static class ForumScenario
{
    public static readonly UserRef Moderator = new("moderator", "Maria Moderatorin");

    public static readonly string[] People = ["Jonas Becker", "Lena Schmidt", "Ali Yılmaz", "Eva \"Evi\" Krause; Stadt"];

    /// <param name="people">How many of <see cref="People"/> take part: fewer than 3 leaves every item below the threshold.</param>
    /// <param name="publishNames">The series publishes authors' names in archives (the built-in template does not).</param>
    public static async Task<ForumSeries> CloseForumOneAsync(IForumStore store, int people = 4, bool publishNames = false)
    {
        var service = new ForumUseCases(store, new RespondentKeys(new byte[32]), new ModerationOptions { ModeratorIds = { Moderator.Id } }, TimeProvider.System);
        var template = SeriesTemplates.ReadBuiltIn("rdz-salzlandkreis")! + (publishNames ? "\npublishNames: true\n" : string.Empty);
        var created = await service.Moderation.CreateSeriesAsync(template, Moderator, CancellationToken.None);
        var series = created.Value ?? throw new InvalidOperationException(created.Rejection?.ToString());
        Require((await service.Moderation.StartForumAsync(series.Id, 1, Moderator, CancellationToken.None)).Succeeded, "start");
        series = (await store.GetSeriesAsync(series.Id, CancellationToken.None))!;
        var groups = series.Groups.Select(g => g.Key).ToList();
        for (var p = 0; p < people; p++)
        {
            var user = new UserRef($"user-{p}", People[p]);
            Require((await service.Participation.OnboardAsync(series.Id, user, groups[p % 2], $"Gemeinde {p}", null, CancellationToken.None)).Succeeded, "onboard");
            foreach (var item in series.FindForum(1)!.Items)
            {
                if (item.Spec is NeedsCollectionSpec needs)
                {
                    for (var n = 0; n < 3; n++)
                    {
                        var text = $"Bedarf {p}.{n}: Glasfaser; \"schnell\"\nund überall";
                        var filed = await service.Participation.SubmitNeedAsync(item.Id, user, needs.Kinds[n % needs.Kinds.Count], series.Topics[n % series.Topics.Count].Key, text, $"c{p}-{n}", CancellationToken.None);
                        Require(filed.Succeeded, $"need {filed.Rejection}");
                    }
                }
                else
                {
                    var answered = await service.Participation.SubmitAnswerAsync(item.Id, user, AnswerFor(item.Spec, p), CancellationToken.None);
                    Require(answered.Succeeded, $"{item.Key} {answered.Rejection}");
                }
            }
        }

        Require((await service.Moderation.CloseForumAsync(series.Id, 1, Moderator, CancellationToken.None)).Succeeded, "close");
        return (await store.GetSeriesAsync(series.Id, CancellationToken.None))!;
    }

    private static Answer AnswerFor(ItemSpec spec, int person) => spec switch
    {
        SingleChoiceSpec s => new ChoiceAnswer([s.Choices[person % s.Choices.Count].Key]),
        MultipleChoiceSpec m => new ChoiceAnswer([.. m.Choices.Skip(person % m.Choices.Count).Take(Math.Min(2, m.MaxChoices)).Select(c => c.Key)]),
        RatingScaleSpec r => new RatingAnswer(r.Min + (person % (r.Max - r.Min + 1))),
        OpenTextSpec => new TextAnswer($"Antwort {person}; mit \"Zitat\"\r\nzweite Zeile"),
        PointsSpec p => new PointsAnswer(new Dictionary<string, int> { [p.Choices[0].Key] = p.MaxPerChoice is { } max ? Math.Min(max, p.Budget) : p.Budget }),
        MatrixChoiceSpec m => new MatrixChoiceAnswer(m.Rows.ToDictionary(r => r.Key, _ => m.Columns[person % m.Columns.Count].Key)),
        MatrixRatingSpec m => new MatrixRatingAnswer(m.Rows.ToDictionary(r => r.Key,
            _ => (IReadOnlyDictionary<string, int>)m.Columns.ToDictionary(c => c.Key, _ => m.Min))),
        _ => throw new NotSupportedException(spec.GetType().Name),
    };

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"The scenario failed at: {what}");
        }
    }
}
