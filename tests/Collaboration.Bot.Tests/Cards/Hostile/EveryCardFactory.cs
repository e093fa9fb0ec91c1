using Collaboration.Bot.Cards.Factories;
using Collaboration.Bot.Cards.Model;
using Collaboration.Bot.Interaction;
using Collaboration.Forums.Delivery;
using Collaboration.Forums.Outbox;
using Collaboration.Forums.Participants;
using Collaboration.Forums.Privacy;
using Collaboration.Forums.Validation;

namespace Collaboration.Bot.Tests.Cards.Hostile;

/// <summary>
/// Calls every public card factory method with one text in every field that a user or a template supplies. The
/// calls are the same for any text, so a rendering with plain words and one with hostile text line up card by card.
/// </summary>
/// <remarks>
/// A notice's message (NoticeCards.Info/Success, CardNotice) is Markdown the caller composed from resources, with
/// user text inside already escaped; it gets resource text here. Everything else a caller passes in is data.
/// </remarks>
internal static class EveryCardFactory
{
    public static IReadOnlyList<(string Factory, string Name, AdaptiveCard Card)> Render(BotText text, string hostile)
    {
        var cards = new List<(string, string, AdaptiveCard)>();
        void Add(string factory, string name, AdaptiveCard card) => cards.Add((factory, $"{factory} {name} ({text.LanguageTag})", card));

        var series = HostileSeries.Build(hostile);
        var forum = series.Forums[0];
        var notice = new CardNotice(text["Item.Saved"], IsProblem: false);
        var draft = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CardInput.Organisation.Id()] = hostile, [CardInput.Municipality.Id()] = hostile, [CardInput.ItemKey.Id()] = hostile,
            [CardInput.ItemPromptDe.Id()] = hostile, [CardInput.ItemPromptEn.Id()] = hostile, [CardInput.ItemOptions.Id()] = hostile,
        };

        Add(nameof(HelpCards) + "." + nameof(HelpCards.Create), "help", HelpCards.Create(text));
        Add(nameof(HelpCards) + "." + nameof(HelpCards.Create), "welcome", HelpCards.Create(text, welcome: true));

        Add(nameof(SeriesCards) + "." + nameof(SeriesCards.Overview), "moderator", SeriesCards.Overview(text, series, forModerator: true, notice));
        Add(nameof(SeriesCards) + "." + nameof(SeriesCards.Overview), "participant", SeriesCards.Overview(text, series, forModerator: false));
        Add(nameof(SeriesCards) + "." + nameof(SeriesCards.CreateForm), "form", SeriesCards.CreateForm(text, [hostile, "rdz-salzlandkreis"]));
        Add(nameof(SeriesCards) + "." + nameof(SeriesCards.UnknownTemplate), "typed name", SeriesCards.UnknownTemplate(text, hostile));
        Add(nameof(MeetingCards) + "." + nameof(MeetingCards.StartOffer), "meeting start", MeetingCards.StartOffer(text, series, forum));
        Add(nameof(MeetingCards) + "." + nameof(MeetingCards.CloseOffer), "meeting end", MeetingCards.CloseOffer(text, series, forum));

        var participant = new Participant(Guid.NewGuid(), series.Id, "u", hostile, "g1", hostile, hostile, DateTimeOffset.UnixEpoch);
        Add(nameof(OnboardingCards) + "." + nameof(OnboardingCards.Create), "first", OnboardingCards.Create(text, series, null, null));
        Add(nameof(OnboardingCards) + "." + nameof(OnboardingCards.Create), "again", OnboardingCards.Create(text, series, participant, Guid.NewGuid(),
            notice, draft, new JsonObject { ["in.text"] = hostile }));

        Add(nameof(AddItemCards) + "." + nameof(AddItemCards.Create), "empty", AddItemCards.Create(text, series, 1));
        Add(nameof(AddItemCards) + "." + nameof(AddItemCards.Create), "refused", AddItemCards.Create(text, series, 2, notice, draft));

        Add(nameof(NoticeCards) + "." + nameof(NoticeCards.Info), "info", NoticeCards.Info(text, text["Series.NoneHere"]));
        Add(nameof(NoticeCards) + "." + nameof(NoticeCards.Success), "success", NoticeCards.Success(text, text["Item.Saved"]));
        Add(nameof(NoticeCards) + "." + nameof(NoticeCards.Failure), "failure", NoticeCards.Failure(text));
        foreach (var code in Enum.GetValues<RejectionCode>())
        {
            Add(nameof(NoticeCards) + "." + nameof(NoticeCards.Refusal), code.ToString(), NoticeCards.Refusal(text, new Rejection(code, hostile, hostile, hostile)));
        }

        var typed = new JsonObject { [CardInput.NeedText.Id()] = hostile, [CardInput.Organisation.Id()] = hostile, [CardInput.Choice.Id()] = hostile, ["x"] = hostile };
        Add(nameof(UnavailableCards) + "." + nameof(UnavailableCards.ForAction), "typed", UnavailableCards.ForAction(text, CardVerb.SubmitNeed.Wire(), typed));
        Add(nameof(UnavailableCards) + "." + nameof(UnavailableCards.ForAction), "no verb", UnavailableCards.ForAction(text, null, typed));
        Add(nameof(UnavailableCards) + "." + nameof(UnavailableCards.Notice), "notice", UnavailableCards.Notice(text));

        var files = new ArchivedFile[] { new(hostile, new Uri("https://contoso.sharepoint.com/sites/a/needs.csv")) };
        Add(nameof(ArchiveCards) + "." + nameof(ArchiveCards.Archived), "links", ArchiveCards.Archived(text, new ArchiveLinksPayload(series.Id, 1, forum.Title, files, "19:c")));
        var job = new OutboxEntry(Guid.NewGuid(), "archive-forum", "{}", DateTimeOffset.UnixEpoch, 3, DateTimeOffset.UnixEpoch, null, null, null, hostile, Poison: false);
        Add(nameof(ArchiveCards) + "." + nameof(ArchiveCards.Stuck), "stuck", ArchiveCards.Stuck(text, series.Id, [new StuckArchive(1, job), new StuckArchive(2, job with { Poison = true })]));
        Add(nameof(ArchiveCards) + "." + nameof(ArchiveCards.Stuck), "none", ArchiveCards.Stuck(text, series.Id, []));

        var lifetime = TimeSpan.FromHours(1);
        var links = new Collaboration.Bot.Interaction.ExecutiveLinks(new Uri("https://bot.example/files/deck"), new Uri("https://bot.example/files/report"));
        Add(nameof(DownloadCards) + "." + nameof(DownloadCards.ExecutiveFiles), "links", DownloadCards.ExecutiveFiles(text, series, links, lifetime));
        Add(nameof(DownloadCards) + "." + nameof(DownloadCards.FileOffers), "offers", DownloadCards.FileOffers(text, series, lifetime));
        Add(nameof(DownloadCards) + "." + nameof(DownloadCards.LinksForModerators), "refresh", DownloadCards.LinksForModerators(text, series, ["29:moderator"]));
        // The gate's "really?" card: the message is resource text around the escaped series title, as SeriesSetup builds it.
        var confirmData = new JsonObject { [CardData.SeriesId] = series.Id.ToString(), [CardInput.Template.Id()] = hostile };
        Add(nameof(ConfirmationCards) + "." + nameof(ConfirmationCards.Create), "rebind",
            ConfirmationCards.Create(text, text.Format("Series.ConfirmRebind", CardText.Escape(text.Of(series.Title))), CardVerb.CreateSeries.Wire(), confirmData));
        foreach (var result in Enum.GetValues<FileHandOverResult>())
        {
            Add(nameof(DownloadCards) + "." + nameof(DownloadCards.HandOver), result.ToString(), DownloadCards.HandOver(text, result, hostile));
        }

        var item = forum.Items[0];
        Add(nameof(FanOutCards) + "." + nameof(FanOutCards.Started), "started", FanOutCards.Started(text, item));
        Add(nameof(FanOutCards) + "." + nameof(FanOutCards.ReminderStarted), "some", FanOutCards.ReminderStarted(text, item, 3));
        Add(nameof(FanOutCards) + "." + nameof(FanOutCards.ReminderStarted), "none", FanOutCards.ReminderStarted(text, item, 0));
        Add(nameof(FanOutCards) + "." + nameof(FanOutCards.Reminder), "reminder", FanOutCards.Reminder(text, item));

        // The data subject's cards: titles, names and organisations as the person and the series' template wrote them.
        var export = new PersonalDataExport(hostile, DateTimeOffset.UnixEpoch,
            [new ExportedProfile(series.Id, hostile, hostile, hostile, hostile, hostile, DateTimeOffset.UnixEpoch)], [], [], [], [],
            [new ExportedSeriesRole(series.Id, hostile, hostile)], [new ExportedArchive(series.Id, hostile, 1, hostile, DateTimeOffset.UnixEpoch)]);
        Add(nameof(PrivacyCards) + "." + nameof(PrivacyCards.Export), "export", PrivacyCards.Export(text, export, new Uri("https://bot.example/files/data"), lifetime));
        Add(nameof(PrivacyCards) + "." + nameof(PrivacyCards.ConfirmErasure), "for someone else", PrivacyCards.ConfirmErasure(text, hostile, forSomeoneElse: true));
        Add(nameof(PrivacyCards) + "." + nameof(PrivacyCards.Erased), "erased", PrivacyCards.Erased(text, new ErasureReceipt(1, 2, 1, 1, 1, 1, 1)));
        var fanOut = Guid.NewGuid();
        FanOutRecipient[] recipients =
        [
            new(fanOut, "a", "29:a", hostile) { State = RecipientState.Sent },
            new(fanOut, "b", "29:b", hostile) { State = RecipientState.Unreachable },
            new(fanOut, "c", hostile, string.Empty) { State = RecipientState.Unreachable },
        ];
        Add(nameof(FanOutCards) + "." + nameof(FanOutCards.Summary), "item", FanOutCards.Summary(text, FanOutKind.Item, item, recipients));
        Add(nameof(FanOutCards) + "." + nameof(FanOutCards.Summary), "reminder", FanOutCards.Summary(text, FanOutKind.Reminder, item, recipients));

        foreach (var shown in forum.Items)
        {
            var (results, mine) = HostileSeries.Results(series, shown, hostile);
            var empty = Forums.Results.ResultsCalculator.Compute(shown, [], series);
            Add(nameof(ItemCards) + "." + nameof(ItemCards.Create), $"{shown.Key} shared, no answers",
                ItemCards.Create(text, new ItemCardRequest(new ItemView(series, forum, shown, empty, null, null), Personal: false)));
            Add(nameof(ItemCards) + "." + nameof(ItemCards.Create), $"{shown.Key} shared",
                ItemCards.Create(text, new ItemCardRequest(new ItemView(series, forum, shown, results, null, null), Personal: false)));
            Add(nameof(ItemCards) + "." + nameof(ItemCards.Create), $"{shown.Key} personal",
                ItemCards.Create(text, new ItemCardRequest(new ItemView(series, forum, shown, results, participant, mine) { MyNeeds = OwnNeeds(shown, hostile) }, Personal: true)
                {
                    Notice = notice,
                    Draft = new JsonObject { [CardInput.Text.Id()] = hostile, [CardInput.NeedText.Id()] = hostile },
                }));
        }

        return cards;
    }

    /// <summary>An author's own entries on their needs card: one merged into a need with the text as the moderator wrote it, one standing alone.</summary>
    private static IReadOnlyList<OwnNeed> OwnNeeds(ForumItem item, string hostile)
    {
        if (item.Spec is not NeedsCollectionSpec)
        {
            return [];
        }

        var need = new NeedEntry(Guid.NewGuid(), item.Id, "p:1", null, "g1", NeedKind.Wish, "t1", hostile, "c1", DateTimeOffset.UnixEpoch);
        return [new OwnNeed(need, hostile), new OwnNeed(need with { Id = Guid.NewGuid(), ClientKey = "c2" }, null)];
    }
}
