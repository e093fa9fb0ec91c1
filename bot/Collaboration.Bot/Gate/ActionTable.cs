using Collaboration.Bot.Cards.Factories;
using Collaboration.Bot.Interaction;
using Collaboration.Forums.Templates;

namespace Collaboration.Bot.Gate;

/// <summary>
/// The table of every action: who may do it, which series it may touch, what it runs. Typed commands and card
/// buttons meet here, so one action has one rule however it was asked for.
/// </summary>
internal sealed class ActionTable
{
    private readonly Dictionary<ActionKind, ActionRule> _rules;

    public ActionTable(Steering steering, SeriesDesk series, ParticipantDesk participants, ReportDesk reports, ArchiveDesk archives, FanOutDesk fanOuts,
        PrivacyDesk privacy)
    {
        ActionRule[] rules =
        [
            new(ActionKind.Help, Audience.Anyone, SeriesReach.None, (c, _) => Only(HelpCards.Create(c.Text))),
            new(ActionKind.Templates, Audience.Anyone, SeriesReach.None,
                (c, _) => Only(NoticeCards.Info(c.Text, c.Text.Format("Templates.List", string.Join(", ", SeriesTemplates.BuiltIn))))),
            new(ActionKind.CreateSeries, Audience.Creator, SeriesReach.BoundIfAny, series.CreateAsync, ActionLimit.CreateSeries),
            new(ActionKind.Status, Audience.Member, SeriesReach.Conversation, (c, _) => Only(SeriesCards.Overview(c.Text, c.RequiredSeries, c.IsModerator))),
            new(ActionKind.Moderate, Audience.Moderator, SeriesReach.Conversation, (c, _) => Only(SeriesCards.Overview(c.Text, c.RequiredSeries, c.IsModerator))),
            new(ActionKind.Join, Audience.Member, SeriesReach.Conversation,
                (c, _) => Only(OnboardingCards.Create(c.Text, c.RequiredSeries, current: null, thenItemId: null))),
            new(ActionKind.Results, Audience.Member, SeriesReach.Conversation, participants.ResultsAsync),
            new(ActionKind.ShowItem, Audience.Member, SeriesReach.Conversation, participants.ShowItemAsync),
            new(ActionKind.Answer, Audience.Member, SeriesReach.Conversation, participants.AnswerAsync),
            new(ActionKind.SubmitNeed, Audience.Member, SeriesReach.Conversation, participants.SubmitNeedAsync),
            new(ActionKind.SupportNeed, Audience.Member, SeriesReach.Conversation, participants.SupportNeedAsync),
            new(ActionKind.Onboard, Audience.Member, SeriesReach.Conversation, participants.OnboardAsync),
            new(ActionKind.StartForum, Audience.Moderator, SeriesReach.Conversation,
                async (c, ct) => c.Action.ForumNumber is { } n ? (await steering.StartForumAsync(c.RequiredSeries.Id, n, c.Turn, ct)).AsActionReply() : Unknown(c)),
            new(ActionKind.CloseForum, Audience.Moderator, SeriesReach.Conversation,
                async (c, ct) => c.Action.ForumNumber is { } n ? (await steering.CloseForumAsync(c.RequiredSeries.Id, n, c.Turn, ct)).AsActionReply() : Unknown(c)),
            new(ActionKind.CarryOver, Audience.Moderator, SeriesReach.Conversation,
                async (c, ct) => c.Action.ForumNumber is { } n ? (await steering.CarryOverAsync(c.RequiredSeries.Id, n, c.Turn, ct)).AsActionReply() : Unknown(c)),
            new(ActionKind.OpenItem, Audience.Moderator, SeriesReach.Conversation,
                async (c, ct) => (await steering.SetItemStatusAsync(c.RequiredSeries.Id, c.Action.Argument!, open: true, c.Turn, ct)).AsActionReply()),
            new(ActionKind.CloseItem, Audience.Moderator, SeriesReach.Conversation,
                async (c, ct) => (await steering.SetItemStatusAsync(c.RequiredSeries.Id, c.Action.Argument!, open: false, c.Turn, ct)).AsActionReply()),
            new(ActionKind.AddItemForm, Audience.Moderator, SeriesReach.Conversation,
                (c, _) => Only(AddItemCards.Create(c.Text, c.RequiredSeries, c.Action.ForumNumber ?? c.RequiredSeries.OpenForum?.Number ?? 1))),
            new(ActionKind.AddItem, Audience.Moderator, SeriesReach.Conversation, series.AddItemAsync),
            new(ActionKind.Archive, Audience.Moderator, SeriesReach.Conversation,
                async (c, ct) => ActionReply.Only(c.Action.ForumNumber is { } n
                    ? await archives.EnqueueAsync(c.Text, c.RequiredSeries, n, ct)
                    : await archives.StuckAsync(c.Text, c.RequiredSeries, ct)),
                ActionLimit.Archive),
            new(ActionKind.RetryArchive, Audience.Moderator, SeriesReach.Conversation,
                async (c, ct) => ActionReply.Only(await archives.RetryAsync(c.Text, c.RequiredSeries, ActionReader.Id(c.Action.Data, Cards.CardData.JobId)!.Value, ct)),
                ActionLimit.Archive),
            new(ActionKind.Report, Audience.Moderator, SeriesReach.Conversation, reports.ExecutiveFilesAsync, ActionLimit.Report),
            // Not limited per user: Teams refreshes this view whenever the moderator looks at the card; the files behind
            // it are reused for a few minutes (ExecutiveFiles), so looking again costs nothing and is never refused.
            new(ActionKind.ExecutiveLinks, Audience.Moderator, SeriesReach.Conversation, reports.LinksAsync),
            new(ActionKind.FanOut, Audience.Moderator, SeriesReach.Bound, fanOuts.SendPrivatelyAsync, ActionLimit.FanOut),
            new(ActionKind.Remind, Audience.Moderator, SeriesReach.Bound, fanOuts.RemindAsync, ActionLimit.FanOut),
            // The data subject's rights (DSGVO Art. 15, 17, 20): about a person, not a series; the subject named in a
            // command or card is checked by the use case (only the person or a privacy administrator).
            new(ActionKind.MyData, Audience.PersonInPersonalChat, SeriesReach.None,
                async (c, ct) => ActionReply.Only(await privacy.ExportAsync(c.Text, c.Action.Argument, c.Turn, ct)), ActionLimit.Report),
            new(ActionKind.DeleteMyDataForm, Audience.PersonInPersonalChat, SeriesReach.None,
                (c, _) => Only(PrivacyDesk.ConfirmErasure(c.Text, c.Action.Argument, c.Turn))),
            new(ActionKind.EraseData, Audience.PersonInPersonalChat, SeriesReach.None,
                (c, ct) => privacy.EraseAsync(c.Text, c.Action.Argument, c.Turn, ct)),
        ];
        _rules = rules.ToDictionary(r => r.Kind);
        var missing = Enum.GetValues<ActionKind>().Except(_rules.Keys).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException("Actions without a rule: " + string.Join(", ", missing));
        }
    }

    public ActionRule this[ActionKind kind] => _rules[kind];

    public IReadOnlyCollection<ActionRule> Rules => _rules.Values;

    private static Task<ActionReply> Only(Cards.Model.AdaptiveCard card) => Task.FromResult(ActionReply.Only(card));

    private static ActionReply Unknown(ActionContext context) => ActionReply.Only(NoticeCards.Info(context.Text, context.Text["Action.Unknown"]));
}
