namespace Collaboration.Bot.Commands;

public enum CommandKind
{
    Help,
    Status,
    Join,
    Templates,
    CreateSeries,
    StartForum,
    CloseForum,
    OpenItem,
    CloseItem,
    Results,
    CarryOver,
    AddItem,
    Moderate,
    Report,
    Archive,
    FanOut,
    Remind,
    MyData,
    DeleteMyData,
}
