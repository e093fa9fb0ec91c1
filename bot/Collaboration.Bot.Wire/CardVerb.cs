namespace Collaboration.Bot.Wire;

/// <summary>
/// The verbs of the bot's Action.Execute buttons, a closed set: the card factories write them, the action parser
/// switches over them. On the wire each is its name in camelCase (<see cref="CardVerbs.Wire"/>); cards already posted
/// in Teams chats carry those strings, so a member is never renamed.
/// </summary>
public enum CardVerb
{
    Answer,

    /// <summary>Shows the participant's own answer to an item.</summary>
    Mine,
    Onboard,
    SubmitNeed,
    SupportNeed,
    StartForum,
    CloseForum,
    OpenItem,
    CloseItem,
    CarryOver,
    CreateSeries,
    AddItem,
    RetryArchive,

    /// <summary>An item's results: the item named in the data, or the one selected on the moderator's overview.</summary>
    Results,
    SendPrivately,
    Remind,
    ExecutiveLinks,
    EraseData,
}
