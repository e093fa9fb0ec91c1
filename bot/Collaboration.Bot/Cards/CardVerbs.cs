namespace Collaboration.Bot.Cards;

/// <summary>The verbs of the bot's Action.Execute buttons; the card factories write them, the action parser reads them.</summary>
internal static class CardVerbs
{
    public const string Answer = "answer";
    public const string ShowMine = "mine";
    public const string Onboard = "onboard";
    public const string SubmitNeed = "submitNeed";
    public const string SupportNeed = "supportNeed";
    public const string StartForum = "startForum";
    public const string CloseForum = "closeForum";
    public const string OpenItem = "openItem";
    public const string CloseItem = "closeItem";
    public const string CarryOver = "carryOver";
    public const string CreateSeries = "createSeries";
    public const string AddItem = "addItem";
    public const string RetryArchive = "retryArchive";
    public const string ShowResults = "results";
    public const string SendPrivately = "sendPrivately";
    public const string Remind = "remind";
    public const string ExecutiveLinks = "executiveLinks";
    public const string EraseData = "eraseData";
}
