using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;

namespace Collaboration.Bot.Meetings;

/// <summary>
/// Keeps the meeting id of a meeting's chat with the chat's binding, from the authenticated activities that carry it
/// (channelData.meeting.id). Once the store has it, this process stops writing it: a vote in a meeting then costs
/// no extra write.
/// </summary>
internal sealed class MeetingMemory(IConversationStore conversations, IMemoryCache cache, ILogger<MeetingMemory> logger)
{
    // Long, as a chat's meeting never changes; bounded anyway so the cache does not keep every chat ever seen.
    private static readonly TimeSpan KnownLifetime = TimeSpan.FromHours(12);

    public async Task RememberAsync(string conversationId, string? meetingId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(meetingId) || string.IsNullOrEmpty(conversationId))
        {
            return;
        }

        var key = (nameof(MeetingMemory), conversationId);
        if (cache.TryGetValue(key, out string? known) && string.Equals(known, meetingId, StringComparison.Ordinal))
        {
            return;
        }

        try
        {
            if (await conversations.RememberMeetingAsync(conversationId, meetingId, cancellationToken))
            {
                cache.Set(key, meetingId, KnownLifetime);
            }
        }
        catch (StoreUnavailableException exception)
        {
            // The turn itself meets the same store and answers for it; the meeting id waits for the next activity.
            MeetingLog.RememberFailed(logger, exception);
        }
    }
}
