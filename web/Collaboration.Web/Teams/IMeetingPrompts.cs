namespace Collaboration.Web.Teams;

/// <summary>
/// Pushes a question into a running Teams meeting: a targeted in-meeting notification to the meeting's participants
/// that opens the answer page (the bot's host implements it with Teams' meeting notification API).
/// </summary>
public interface IMeetingPrompts
{
    /// <param name="moderator">Who pushes: the meeting chat and meeting come from Teams' word (<see cref="ConversationMember"/>).</param>
    /// <param name="answerUrl">The absolute address of the answer page for the item.</param>
    Task<MeetingPromptResult> PushAsync(ConversationMember moderator, ForumSeries series, ForumItem item, Uri answerUrl, CancellationToken cancellationToken);
}

/// <summary>How many participants Teams was asked to notify, and how many it could not reach.</summary>
public sealed record MeetingPromptResult(int Recipients, int Failed);
