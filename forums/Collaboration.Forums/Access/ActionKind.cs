namespace Collaboration.Forums.Access;

/// <summary>
/// Every thing a user can ask for, typed or clicked in a card, or done on a page of the web app; <see cref="ActionPolicies"/>
/// says who may do each and where.
/// </summary>
public enum ActionKind
{
    Help,
    Templates,
    CreateSeries,
    Status,
    Moderate,
    Join,
    Results,
    StartForum,
    CloseForum,
    CarryOver,
    OpenItem,
    CloseItem,
    AddItemForm,
    AddItem,
    Archive,
    RetryArchive,
    Report,
    ExecutiveLinks,
    FanOut,
    Remind,
    Answer,
    SubmitNeed,
    SupportNeed,
    ShowItem,
    Onboard,
    MyData,
    DeleteMyDataForm,
    EraseData,

    /// <summary>The live results of the running forum or one question (the meeting stage view).</summary>
    LiveResults,

    /// <summary>The moderator console: the series' forums and questions with their state.</summary>
    Console,

    /// <summary>Push an open question into the meeting: an in-meeting notification that opens the answer page.</summary>
    PushToMeeting,

    /// <summary>Merge duplicate needs of a needs collection into one, or undo such a merge.</summary>
    MergeNeeds,

    /// <summary>The Office add-in: the series the signed-in person may take results from (no conversation; by series).</summary>
    AddinSeries,

    /// <summary>The Office add-in: a named series' results as a preview, slides or a Word section, or a check of placed ones.</summary>
    AddinResults,
}
