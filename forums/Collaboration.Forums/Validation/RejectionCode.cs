namespace Collaboration.Forums.Validation;

/// <summary>Every expected way a request can be refused. The bot turns each into a message in the user's language.</summary>
public enum RejectionCode
{
    SeriesNotFound,
    ForumNotFound,
    ItemNotFound,
    NotModerator,
    NotOnboarded,
    UnknownStakeholderGroup,
    OrganisationMissing,
    OrganisationTooLong,
    ForumNotOpen,
    ForumAlreadyOpen,
    ForumAlreadyClosed,
    ItemNotOpen,
    ItemAlreadyOpen,
    ItemAlreadyClosed,
    DuplicateItemKey,
    WrongAnswerKind,
    NoChoice,
    ChoiceNotInItem,
    DuplicateChoice,
    TooManyChoices,
    RatingOutOfRange,
    TextEmpty,
    TextTooLong,
    UnknownTopic,
    UnknownNeedKind,
    NeedNotFound,
    PointsNegative,
    PointsOverBudget,
    PointsUnderBudget,
    PointsOverChoiceLimit,
    MatrixRowMissing,
    MatrixUnknownRow,
    MatrixUnknownColumn,
    CarryOverSourceMissing,
    CarryOverTargetAnswered,
    CarryOverSourceEmpty,
    NoCarryOverRule,
    TemplateInvalid,
    ItemDefinitionInvalid,
    NotSentPrivately,

    // The template limits (Templates/TemplateLimits); each message names the limit.
    TemplateTooLarge,
    TemplateTooManyForums,
    TemplateTooManyItems,
    TemplateTooManyEntries,
    TemplateTextTooLong,
    TemplateAliasesRefused,

    /// <summary>The conversation has no series (none bound, and no private item was sent into this personal chat).</summary>
    NoSeriesHere,

    /// <summary>The card or action names a series that is not the one of this conversation (another chat's, or one since replaced).</summary>
    NotThisChatsSeries,

    /// <summary>The chat has a series already; only its moderators may bind it to another.</summary>
    ChatHasSeries,

    /// <summary>Only configured moderators and administrators may create a series.</summary>
    MayNotCreateSeries,

    /// <summary>The item is being sent privately from this chat right now.</summary>
    FanOutRunning,

    /// <summary>The item was sent or reminded of from this chat too recently; arguments: item key, minutes to wait.</summary>
    FanOutTooSoon,

    /// <summary>A repeated send or a reminder reaches many people again, so it waits for the moderator's confirmation.</summary>
    FanOutNeedsConfirmation,

    /// <summary>The user asked for this expensive action too often; argument: minutes to wait.</summary>
    TooManyRequests,

    /// <summary>Only configured privacy administrators may act on another person's data.</summary>
    NotPrivacyAdministrator,

    /// <summary>A person's own data is shown or erased only in their personal chat with the bot.</summary>
    PersonalChatOnly,

    /// <summary>A need cannot be merged with itself.</summary>
    NeedMergedWithItself,

    /// <summary>Only needs of one question can be merged; one of them belongs to another.</summary>
    NeedsOfOtherItem,

    /// <summary>The need chosen to stay was itself merged into another; merge into that one instead.</summary>
    NeedMergeIntoMerged,

    /// <summary>A need to merge went into another already; unmerge it there first.</summary>
    NeedAlreadyMerged,

    /// <summary>A merge names no need to go into the one that stays.</summary>
    NoNeedsToMerge,

    /// <summary>The need to unmerge was not merged into another.</summary>
    NeedNotMerged,

    /// <summary>
    /// A series named without a conversation (the Office add-in) that does not exist or that the person does not
    /// moderate: both say the same, so nobody learns which series exist.
    /// </summary>
    SeriesNotVisible,

    /// <summary>A ranking names one option at two places; arguments: the option's label, its first place, the repeated place.</summary>
    RankingPlaceRepeated,
}
