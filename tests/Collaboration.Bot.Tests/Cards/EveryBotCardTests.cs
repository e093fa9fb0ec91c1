using Collaboration.Bot.Cards.Factories;
using Collaboration.Bot.Cards.Model;
using Collaboration.Forums.Delivery;
using Collaboration.Forums.Kinds;
using Collaboration.Forums.Kinds.Ranking;
using Collaboration.Forums.Outbox;
using Collaboration.Forums.Participants;
using Collaboration.Forums.Templates;
using Collaboration.Forums.Validation;
using Choice = Collaboration.Forums.Items.Choice;

namespace Collaboration.Bot.Tests.Cards;

/// <summary>
/// Every card factory, for every item of the shipped series (all item kinds, with and without results, shared and
/// personal), in both languages, goes through Microsoft's Adaptive Cards JS SDK. The integration tests validate
/// the cards their scenarios send; this covers the ones no scenario reaches.
/// </summary>
public sealed class EveryBotCardTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Every_card_the_bot_can_build_passes_the_adaptive_cards_sdk()
    {
        var series = ShippedSeries();
        var languages = new[] { BotText.For(Language.De), BotText.For(Language.En) };
        var cards = new List<(string Name, AdaptiveCard Card)>();
        foreach (var text in languages)
        {
            cards.Add(("help", HelpCards.Create(text)));
            cards.Add(("welcome", HelpCards.Create(text, welcome: true)));
            cards.Add(("create-series", SeriesCards.CreateForm(text, SeriesTemplates.BuiltIn)));
            cards.Add(("onboarding", OnboardingCards.Create(text, series, null, Guid.NewGuid(), new CardNotice("Bitte Gruppe wählen", IsProblem: true))));
            cards.Add(("add-item", AddItemCards.Create(text, series, 1)));
            cards.Add(("failure", NoticeCards.Failure(text)));
            cards.Add(("unavailable-notice", UnavailableCards.Notice(text)));
            cards.Add(("unavailable-vote", UnavailableCards.ForAction(text, CardVerb.Answer.Wire(), new System.Text.Json.Nodes.JsonObject { ["itemId"] = Guid.NewGuid().ToString(), ["in.choice"] = "a,b" })));
            cards.Add(("unavailable-need", UnavailableCards.ForAction(text, CardVerb.SubmitNeed.Wire(), new System.Text.Json.Nodes.JsonObject
            {
                ["itemId"] = Guid.NewGuid().ToString(), ["clientKey"] = "k", ["in.needKind"] = "Need", ["in.needText"] = new string('ü', 400) + " <at>x</at> *",
            })));
            cards.Add(("unavailable-unknown-verb", UnavailableCards.ForAction(text, null, [])));
            var failedJob = new OutboxEntry(Guid.NewGuid(), "archive-forum", "{}", Now, 8, Now, null, null, null, "Graph: 403 <Forbidden> *", Poison: true);
            cards.Add(("archive-stuck", ArchiveCards.Stuck(text, Guid.NewGuid(), [new StuckArchive(1, failedJob)])));
            cards.Add(("archive-none-stuck", ArchiveCards.Stuck(text, Guid.NewGuid(), [])));
            cards.Add(("archived", ArchiveCards.Archived(text, new ArchiveLinksPayload(series.Id, 1, series.Forums[0].Title,
                [new ArchivedFile("results.json", new Uri("https://contoso.sharepoint.com/sites/a/01%20Forum/results.json")),
                    new ArchivedFile("needs.csv", new Uri("https://contoso.sharepoint.com/sites/a/01%20Forum/needs.csv"))], "19:chat"))));
            var item = series.Forums[0].Items[0];
            cards.Add(("fan-out-started", FanOutCards.Started(text, item)));
            cards.Add(("confirmation", ConfirmationCards.Create(text, text.Format("FanOut.ConfirmReminder", "bedeutung"), CardVerb.Remind.Wire(),
                new System.Text.Json.Nodes.JsonObject { ["seriesId"] = series.Id.ToString(), ["in.selectedItem"] = "bedeutung" })));
            cards.Add(("links-for-moderators", DownloadCards.LinksForModerators(text, series, ["29:moderator"])));
            cards.Add(("reminder-started", FanOutCards.ReminderStarted(text, item, 12)));
            cards.Add(("nobody-to-remind", FanOutCards.ReminderStarted(text, item, 0)));
            cards.Add(("reminder", FanOutCards.Reminder(text, item)));
            var named = series.Forums[0].Items.First(i => i.Anonymous != item.Anonymous);
            cards.Add(("reminder-started-other", FanOutCards.ReminderStarted(text, named, 12)));
            cards.Add(("reminder-other", FanOutCards.Reminder(text, named)));
            var fanOut = Guid.NewGuid();
            FanOutRecipient[] recipients =
            [
                new(fanOut, "a", "29:a", "Anna <b>*Müller*</b>") { State = RecipientState.Sent },
                .. Enumerable.Range(1, 45).Select(i => new FanOutRecipient(fanOut, $"u{i}", $"29:u{i}", $"Mitglied {i}") { State = RecipientState.Unreachable }),
            ];
            cards.Add(("fan-out-summary", FanOutCards.Summary(text, FanOutKind.Item, item, recipients)));
            cards.Add(("reminder-summary", FanOutCards.Summary(text, FanOutKind.Reminder, item, recipients[..1])));
            cards.AddRange(Enum.GetValues<RejectionCode>().Select(code => ($"refusal {code}", NoticeCards.Refusal(text, new Rejection(code, "x<at>y</at>", 3, 4)))));
        }

        var kinds = new HashSet<string>();
        foreach (var forum in series.Forums)
        {
            // Each forum in turn is the running one, so its items show their inputs; the earlier ones are closed.
            series.StartForum(forum.Number);
            foreach (var text in languages)
            {
                cards.Add(("overview", SeriesCards.Overview(text, series, forModerator: true, new CardNotice("Forum läuft *jetzt*", IsProblem: false))));
                cards.Add(("overview-participant", SeriesCards.Overview(text, series, forModerator: false)));
                foreach (var item in series.Forums.SelectMany(f => f.Items))
                {
                    var itemForum = series.Forums.Single(f => f.Items.Contains(item));
                    var (results, mine) = SimulatedResults(series, item);
                    var empty = ResultsCalculator.Compute(item, [], series);
                    cards.Add(($"{item.Key} shared, no answers", ItemCards.Create(text, new ItemCardRequest(new ItemView(series, itemForum, item, empty, null, null), Personal: false))));
                    cards.Add(($"{item.Key} shared", ItemCards.Create(text, new ItemCardRequest(new ItemView(series, itemForum, item, results, null, null), Personal: false))));
                    cards.Add(($"{item.Key} personal", ItemCards.Create(text, new ItemCardRequest(new ItemView(series, itemForum, item, results, null, mine), Personal: true)
                    {
                        Notice = new CardNotice("Gespeichert", IsProblem: false),
                    })));
                    if (item.Status == ItemStatus.Open)
                    {
                        kinds.Add(item.Spec.KindName);
                    }
                }
            }
        }

        var problems = await AdaptiveCardValidator.ValidateAsync(cards.Select(c => CardJson.Serialize(c.Card)));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        // Every registered kind's answer card was built and checked.
        Assert.Equal(ItemKinds.Names.Order(), kinds.Order());
    }

    /// <summary>The shipped series, with forum 3's short list filled as a carry-over would fill it.</summary>
    private static ForumSeries ShippedSeries()
    {
        var template = SeriesTemplates.Parse(SeriesTemplates.ReadBuiltIn("rdz-salzlandkreis")!);
        var series = SeriesTemplates.Instantiate(template.Value!, "moderator", Now, Guid.NewGuid);
        foreach (var item in series.Forums.SelectMany(f => f.Items).Where(i => i.Spec.CarryTarget.Count == 0 && i.CarryOver is not null))
        {
            ForumSeries.ApplyCarriedChoices(item, [new Choice("aoer", new LocalizedText("Anstalt öffentlichen Rechts")), new Choice("gmbh", new LocalizedText("GmbH"))]);
        }

        // The shipped series asks for no ranking; one is added so the ranking's answer and results cards are checked too.
        var ranking = new RankingSpec([.. new[] { ("glasfaser", "Glasfaser"), ("rufbus", "Rufbus"), ("schulung", "Schulung *neu*"), ("portal", "Bürgerportal") }
            .Select(c => new Choice(c.Item1, new LocalizedText(c.Item2)))], 3);
        Assert.True(series.AddItem(1, new ItemDraft("rangfolge", new LocalizedText("Was zuerst?", "What first?"), ranking), Guid.NewGuid()).Succeeded);
        return series;
    }

    /// <summary>Nine respondents in three groups (so groups are broken out), each giving a valid answer of the item's kind.</summary>
    private static (ItemResults Results, Answer? Mine) SimulatedResults(ForumSeries series, ForumItem item)
    {
        var groups = series.Groups.Take(3).Select(g => g.Key).ToList();
        if (item.Spec is NeedsCollectionSpec needs)
        {
            var entries = Enumerable.Range(0, 9).Select(n => new NeedEntry(Guid.NewGuid(), item.Id, $"p:{n}", null, groups[n % 3],
                needs.Kinds[n % needs.Kinds.Count], series.Topics[n % series.Topics.Count].Key, $"Bedarf {n}: Glasfaser *überall* 📡", $"c{n}", Now.AddMinutes(n))).ToList();
            var supports = entries.Take(3).Select(e => new NeedSupport(e.Id, "p:8", Now)).ToList();
            return (ResultsCalculator.ComputeNeeds(item, entries, supports, series), null);
        }

        var answers = Enumerable.Range(0, 9).Select(n => AnswerFor(item.Spec, n)).ToList();
        var responses = answers.Select((answer, n) => new Response(item.Id, $"p:{n}", null, groups[n % 3], answer, Now)).ToList();
        var results = ResultsCalculator.Compute(item, responses, series);
        Assert.Equal(9, results.Respondents);
        return (results, answers[0]);
    }

    private static Answer AnswerFor(ItemSpec spec, int n) => spec switch
    {
        SingleChoiceSpec s => new ChoiceAnswer([s.Choices[n % s.Choices.Count].Key]),
        MultipleChoiceSpec s => new ChoiceAnswer([.. s.Choices.Skip(n % s.Choices.Count).Take(1)
            .Concat(s.Choices.Take(Math.Min(1, s.MaxChoices - 1))).Select(c => c.Key).Distinct()]),
        RatingScaleSpec s => new RatingAnswer(s.Min + (n % (s.Max - s.Min + 1))),
        OpenTextSpec => new TextAnswer($"Antwort {n} mit [Link](https://example.org) und <at>Jemand</at> 🙂"),
        PointsSpec s => new PointsAnswer(new Dictionary<string, int> { [s.Choices[n % s.Choices.Count].Key] = s.MaxPerChoice is { } max ? Math.Min(max, s.Budget) : s.Budget }),
        RankingSpec s => new RankingAnswer([.. s.Choices.Skip(n % s.Choices.Count).Concat(s.Choices).Take(s.MaxRanked).Select(c => c.Key)]),
        MatrixChoiceSpec s => new MatrixChoiceAnswer(s.Rows.ToDictionary(r => r.Key, r => s.Columns[n % s.Columns.Count].Key)),
        MatrixRatingSpec s => new MatrixRatingAnswer(s.Rows.ToDictionary(r => r.Key,
            r => (IReadOnlyDictionary<string, int>)s.Columns.ToDictionary(c => c.Key, c => s.Min + (n % (s.Max - s.Min + 1))))),
        _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.KindName, "An item kind this test does not know yet."),
    };
}
