namespace Collaboration.Web.Api;

/// <summary>
/// The HTTP status of each domain refusal, in one place. Whatever is not listed is the request's own fault (a wrong
/// answer, a text too long): 400. Ids of another chat and ids that name nothing are refused alike (403, from the
/// gate's <see cref="RejectionCode.NotThisChatsSeries"/>), so a page learns nothing about other series. The Office
/// add-in, which names its series without a chat, gets 404 for a series that does not exist and one it may not see
/// alike (<see cref="RejectionCode.SeriesNotVisible"/>): there is no chat whose series it could be told apart from.
/// </summary>
internal static class RejectionStatus
{
    public static int Of(RejectionCode code) => code switch
    {
        RejectionCode.NotModerator or RejectionCode.NotThisChatsSeries or RejectionCode.ChatHasSeries or RejectionCode.MayNotCreateSeries
            or RejectionCode.NotPrivacyAdministrator or RejectionCode.PersonalChatOnly or RejectionCode.NotOnboarded => StatusCodes.Status403Forbidden,
        RejectionCode.SeriesNotFound or RejectionCode.ForumNotFound or RejectionCode.ItemNotFound or RejectionCode.NeedNotFound
            or RejectionCode.NoSeriesHere or RejectionCode.SeriesNotVisible => StatusCodes.Status404NotFound,
        RejectionCode.ForumNotOpen or RejectionCode.ForumAlreadyOpen or RejectionCode.ForumAlreadyClosed or RejectionCode.ItemNotOpen
            or RejectionCode.ItemAlreadyOpen or RejectionCode.ItemAlreadyClosed or RejectionCode.DuplicateItemKey
            or RejectionCode.CarryOverSourceMissing or RejectionCode.CarryOverTargetAnswered or RejectionCode.CarryOverSourceEmpty
            or RejectionCode.NoCarryOverRule or RejectionCode.NotSentPrivately or RejectionCode.FanOutRunning
            or RejectionCode.FanOutNeedsConfirmation or RejectionCode.NeedMergeIntoMerged or RejectionCode.NeedAlreadyMerged
            or RejectionCode.NeedNotMerged => StatusCodes.Status409Conflict,
        RejectionCode.TooManyRequests or RejectionCode.FanOutTooSoon => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>For a limit, how long to wait: the rejection names the minutes (TooManyRequests first, FanOutTooSoon second).</summary>
    public static TimeSpan? RetryAfter(Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        var index = rejection.Code switch
        {
            RejectionCode.TooManyRequests => 0,
            RejectionCode.FanOutTooSoon => 1,
            _ => -1,
        };
        return index >= 0 && index < rejection.Arguments.Length && rejection.Arguments[index] is int minutes ? TimeSpan.FromMinutes(Math.Max(1, minutes)) : null;
    }
}
