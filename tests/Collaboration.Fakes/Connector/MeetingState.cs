namespace Collaboration.Fakes.Connector;

/// <summary>The fake's meetings: each one's chat and participants, and the notifications sent into it. Guarded by one lock.</summary>
internal sealed class MeetingState
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (string ConversationId, List<MeetingParticipant> Participants)> _meetings = new(StringComparer.Ordinal);
    private readonly List<ReceivedMeetingNotification> _notifications = [];

    public void Add(string meetingId, string conversationId, IEnumerable<MeetingParticipant> participants)
    {
        lock (_lock)
        {
            if (!_meetings.TryGetValue(meetingId, out var meeting))
            {
                meeting = (conversationId, []);
                _meetings.Add(meetingId, meeting);
            }

            meeting.Participants.AddRange(participants);
        }
    }

    public bool Exists(string meetingId)
    {
        lock (_lock)
        {
            return _meetings.ContainsKey(meetingId);
        }
    }

    public string? ConversationOf(string meetingId)
    {
        lock (_lock)
        {
            return _meetings.TryGetValue(meetingId, out var meeting) ? meeting.ConversationId : null;
        }
    }

    /// <summary>The participant by Teams id ("29:…") or Entra object id, as Teams' participant API takes either.</summary>
    public MeetingParticipant? Participant(string meetingId, string participantId)
    {
        lock (_lock)
        {
            return _meetings.TryGetValue(meetingId, out var meeting)
                ? meeting.Participants.FirstOrDefault(p => string.Equals(p.Member.Id, participantId, StringComparison.Ordinal)
                    || string.Equals(p.Member.AadObjectId, participantId, StringComparison.OrdinalIgnoreCase))
                : null;
        }
    }

    public void Record(string meetingId, IReadOnlyList<string> recipients, JsonElement body)
    {
        lock (_lock)
        {
            _notifications.Add(new ReceivedMeetingNotification(meetingId, recipients, body));
        }
    }

    public IReadOnlyList<ReceivedMeetingNotification> Notifications()
    {
        lock (_lock)
        {
            return [.. _notifications];
        }
    }
}
