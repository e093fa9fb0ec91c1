namespace Collaboration.Bot.Gate;

/// <summary>Every thing a user can ask the bot to do, typed or clicked; <see cref="ActionTable"/> says who may do each.</summary>
internal enum ActionKind
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
}
