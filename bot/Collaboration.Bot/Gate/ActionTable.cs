using Collaboration.Forums.Templates;

namespace Collaboration.Bot.Gate;

/// <summary>
/// What every action runs in the bot, once <see cref="AccessGate"/> granted it by its row of
/// <see cref="ActionPolicies"/> (who may do it, which series it may touch, how often). Typed commands and card buttons
/// meet here; the web app's pages run the same use cases under the same policies.
/// </summary>
internal sealed class ActionTable
{
    private readonly Dictionary<ActionKind, ActionRule> _rules;

    public ActionTable(ModeratorActions moderatorActions, SeriesSetup series, ParticipantActions participants, ReportRequests reports, ArchiveRequests archives, FanOutRequests fanOuts,
        PrivacyRequests privacy)
    {
        ActionRule[] rules =
        [
            new(ActionKind.Help, (c, _) => Only(HelpCards.Create(c.Text))),
            new(ActionKind.Templates, (c, _) => Only(NoticeCards.Info(c.Text, c.Text.Format("Templates.List", string.Join(", ", SeriesTemplates.BuiltIn))))),
            new(ActionKind.CreateSeries, series.CreateAsync),
            new(ActionKind.Status, (c, _) => Only(SeriesCards.Overview(c.Text, c.RequiredSeries, c.IsModerator))),
            new(ActionKind.Moderate, (c, _) => Only(SeriesCards.Overview(c.Text, c.RequiredSeries, c.IsModerator))),
            new(ActionKind.Join, (c, _) => Only(OnboardingCards.Create(c.Text, c.RequiredSeries, current: null, thenItemId: null))),
            new(ActionKind.Results, participants.ResultsAsync),
            new(ActionKind.ShowItem, participants.ShowItemAsync),
            new(ActionKind.Answer, participants.AnswerAsync),
            new(ActionKind.SubmitNeed, participants.SubmitNeedAsync),
            new(ActionKind.SupportNeed, participants.SupportNeedAsync),
            new(ActionKind.Onboard, participants.OnboardAsync),
            new(ActionKind.StartForum, async (c, ct) => c.Action.ForumNumber is { } n ? (await moderatorActions.StartForumAsync(c.Grant, n, c.Turn, ct)).AsActionReply() : Unknown(c)),
            new(ActionKind.CloseForum, async (c, ct) => c.Action.ForumNumber is { } n ? (await moderatorActions.CloseForumAsync(c.Grant, n, c.Turn, ct)).AsActionReply() : Unknown(c)),
            new(ActionKind.CarryOver, async (c, ct) => c.Action.ForumNumber is { } n ? (await moderatorActions.CarryOverAsync(c.Grant, n, c.Turn, ct)).AsActionReply() : Unknown(c)),
            new(ActionKind.OpenItem, async (c, ct) => (await moderatorActions.SetItemStatusAsync(c.Grant, c.Action.Argument!, open: true, c.Turn, ct)).AsActionReply()),
            new(ActionKind.CloseItem, async (c, ct) => (await moderatorActions.SetItemStatusAsync(c.Grant, c.Action.Argument!, open: false, c.Turn, ct)).AsActionReply()),
            new(ActionKind.AddItemForm, (c, _) => Only(AddItemCards.Create(c.Text, c.RequiredSeries, c.Action.ForumNumber ?? c.RequiredSeries.OpenForum?.Number ?? 1))),
            new(ActionKind.AddItem, series.AddItemAsync),
            new(ActionKind.Archive, async (c, ct) => ActionReply.Only(c.Action.ForumNumber is { } n
                    ? await archives.EnqueueAsync(c.Text, c.RequiredSeries, n, ct)
                    : await archives.StuckAsync(c.Text, c.RequiredSeries, ct))),
            new(ActionKind.RetryArchive, async (c, ct) => ActionReply.Only(await archives.RetryAsync(c.Text, c.RequiredSeries, ActionReader.Id(c.Action.Data, CardData.JobId)!.Value, ct))),
            new(ActionKind.Report, reports.ExecutiveFilesAsync),
            new(ActionKind.ExecutiveLinks, reports.LinksAsync),
            new(ActionKind.FanOut, fanOuts.SendPrivatelyAsync),
            new(ActionKind.Remind, fanOuts.RemindAsync),
            // The subject named in a command or card is checked by the use case (only the person or a privacy administrator).
            new(ActionKind.MyData, async (c, ct) => ActionReply.Only(await privacy.ExportAsync(c.Text, c.Action.Argument, c.Turn, ct))),
            new(ActionKind.DeleteMyDataForm, (c, _) => Only(PrivacyRequests.ConfirmErasure(c.Text, c.Action.Argument, c.Turn))),
            new(ActionKind.EraseData, (c, ct) => privacy.EraseAsync(c.Text, c.Action.Argument, c.Turn, ct)),
        ];
        _rules = rules.ToDictionary(r => r.Kind);
        var missing = Enum.GetValues<ActionKind>().Except(_rules.Keys).Except(WebOnly).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException("Actions without a rule: " + string.Join(", ", missing));
        }
    }

    /// <summary>
    /// Actions only the web app offers (the live view, the console, pushing into a meeting, merging needs, and the
    /// Office add-in's, which has no chat at all).
    /// </summary>
    public static IReadOnlyList<ActionKind> WebOnly { get; } =
        [ActionKind.LiveResults, ActionKind.Console, ActionKind.PushToMeeting, ActionKind.MergeNeeds, ActionKind.AddinSeries, ActionKind.AddinResults];

    public ActionRule this[ActionKind kind] => _rules[kind];

    public IReadOnlyCollection<ActionRule> Rules => _rules.Values;

    private static Task<ActionReply> Only(Cards.Model.AdaptiveCard card) => Task.FromResult(ActionReply.Only(card));

    private static ActionReply Unknown(ActionContext context) => ActionReply.Only(NoticeCards.Info(context.Text, context.Text["Action.Unknown"]));
}
