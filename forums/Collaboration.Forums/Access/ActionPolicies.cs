namespace Collaboration.Forums.Access;

/// <summary>
/// The table of every action: who may do it, which series it may touch, and how often. Typed commands, card buttons
/// and the web app's pages meet here, so one action has one rule however it was asked for. A kind without a row
/// stops the host at start (<see cref="For"/> is checked for every kind when the table is first used).
/// </summary>
public static class ActionPolicies
{
    private static readonly Dictionary<ActionKind, ActionPolicy> Rows = Build(
    [
        new(ActionKind.Help, Audience.Anyone, SeriesReach.None),
        new(ActionKind.Templates, Audience.Anyone, SeriesReach.None),
        new(ActionKind.CreateSeries, Audience.Creator, SeriesReach.BoundIfAny, ActionLimit.CreateSeries),
        new(ActionKind.Status, Audience.Member, SeriesReach.Conversation),
        new(ActionKind.Moderate, Audience.Moderator, SeriesReach.Conversation),
        new(ActionKind.Join, Audience.Member, SeriesReach.Conversation),
        new(ActionKind.Results, Audience.Member, SeriesReach.Conversation),
        new(ActionKind.ShowItem, Audience.Member, SeriesReach.Conversation),
        new(ActionKind.Answer, Audience.Member, SeriesReach.Conversation, KeptSeries: true),
        new(ActionKind.SubmitNeed, Audience.Member, SeriesReach.Conversation),
        new(ActionKind.SupportNeed, Audience.Member, SeriesReach.Conversation),
        new(ActionKind.Onboard, Audience.Member, SeriesReach.Conversation),
        new(ActionKind.StartForum, Audience.Moderator, SeriesReach.Conversation),
        new(ActionKind.CloseForum, Audience.Moderator, SeriesReach.Conversation),
        new(ActionKind.CarryOver, Audience.Moderator, SeriesReach.Conversation),
        new(ActionKind.OpenItem, Audience.Moderator, SeriesReach.Conversation),
        new(ActionKind.CloseItem, Audience.Moderator, SeriesReach.Conversation),
        new(ActionKind.AddItemForm, Audience.Moderator, SeriesReach.Conversation),
        new(ActionKind.AddItem, Audience.Moderator, SeriesReach.Conversation),
        new(ActionKind.Archive, Audience.Moderator, SeriesReach.Conversation, ActionLimit.Archive),
        new(ActionKind.RetryArchive, Audience.Moderator, SeriesReach.Conversation, ActionLimit.Archive),
        new(ActionKind.Report, Audience.Moderator, SeriesReach.Conversation, ActionLimit.Report),
        // Not limited per user: Teams refreshes this view whenever the moderator looks at the card; the files behind
        // it are reused for a few minutes, so looking again costs nothing and is never refused.
        new(ActionKind.ExecutiveLinks, Audience.Moderator, SeriesReach.Conversation),
        // A private send reads the chat's roster: only from the chat the series is bound to.
        new(ActionKind.FanOut, Audience.Moderator, SeriesReach.Bound, ActionLimit.FanOut),
        new(ActionKind.Remind, Audience.Moderator, SeriesReach.Bound, ActionLimit.FanOut),
        // The data subject's rights (DSGVO Art. 15, 17, 20): about a person, not a series; the subject named in a
        // command or card is checked by the use case (only the person or a privacy administrator).
        new(ActionKind.MyData, Audience.PersonInPersonalChat, SeriesReach.None, ActionLimit.Report),
        new(ActionKind.DeleteMyDataForm, Audience.PersonInPersonalChat, SeriesReach.None),
        new(ActionKind.EraseData, Audience.PersonInPersonalChat, SeriesReach.None),
        new(ActionKind.LiveResults, Audience.Member, SeriesReach.Conversation),
        new(ActionKind.Console, Audience.Moderator, SeriesReach.Conversation),
        // A notification to everyone in the meeting: only from the meeting chat the series is bound to.
        new(ActionKind.PushToMeeting, Audience.Moderator, SeriesReach.Bound, ActionLimit.FanOut),
        new(ActionKind.MergeNeeds, Audience.Moderator, SeriesReach.Conversation),
        // The Office add-in works outside any chat: the list holds only the series the person moderates (everyone may
        // ask, most get an empty list); results are for the moderators of the series the request names.
        new(ActionKind.AddinSeries, Audience.Anyone, SeriesReach.None, ActionLimit.Addin),
        new(ActionKind.AddinResults, Audience.Moderator, SeriesReach.Named, ActionLimit.Addin),
    ]);

    public static ActionPolicy For(ActionKind kind) => Rows[kind];

    public static IReadOnlyCollection<ActionPolicy> All => Rows.Values;

    private static Dictionary<ActionKind, ActionPolicy> Build(ActionPolicy[] rows)
    {
        var table = rows.ToDictionary(r => r.Kind);
        var missing = Enum.GetValues<ActionKind>().Except(table.Keys).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException("Actions without a policy: " + string.Join(", ", missing));
        }

        // Without a conversation, being a moderator of the named series is the only thing that grants anything.
        var open = rows.Where(r => r.Reach == SeriesReach.Named && r.Audience != Audience.Moderator).Select(r => r.Kind).ToList();
        return open.Count == 0 ? table : throw new InvalidOperationException("A named series is for its moderators only: " + string.Join(", ", open));
    }
}
