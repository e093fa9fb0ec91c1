using System.Text.Json.Nodes;

namespace Collaboration.Fakes.Connector;

/// <summary>
/// Conversations, members, stored activities and the log of what arrived. Kestrel handles requests on
/// many threads, so everything goes through one lock; waiters are woken by swapping a completion source.
/// </summary>
internal sealed class ConnectorState
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Conversation> _conversations = new(StringComparer.Ordinal);
    private readonly List<ReceivedEntry> _received = [];
    private readonly List<ConnectorRequest> _requests = [];
    private readonly Queue<ConnectorFault> _faults = new();
    private readonly Dictionary<string, string> _personalConversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _unreachable = new(StringComparer.Ordinal);
    private TaskCompletionSource _changed = NewSignal();

    // Teams activity ids are millisecond timestamps; any increasing number looks the same to a bot.
    private long _nextActivityId = 1_700_000_000_000;

    public string NextActivityId()
    {
        lock (_lock)
        {
            return (++_nextActivityId).ToString(CultureInfo.InvariantCulture);
        }
    }

    public void AddMembers(string conversationId, IEnumerable<ConnectorMember> members)
    {
        lock (_lock)
        {
            GetOrAdd(conversationId).Members.AddRange(members.Select(m => m.ToJson()));
        }
    }

    public void AddMembers(string conversationId, IEnumerable<JsonObject> members)
    {
        lock (_lock)
        {
            GetOrAdd(conversationId).Members.AddRange(members);
        }
    }

    public void RemoveMember(string conversationId, string memberId)
    {
        lock (_lock)
        {
            GetOrAdd(conversationId).Members.RemoveAll(m => string.Equals((string?)m["id"], memberId, StringComparison.Ordinal));
        }
    }

    public IReadOnlyList<JsonObject>? Members(string conversationId)
    {
        lock (_lock)
        {
            return _conversations.TryGetValue(conversationId, out var conversation)
                ? conversation.Members.Select(m => (JsonObject)m.DeepClone()).ToList()
                : null;
        }
    }

    /// <summary>The limits in force, or null for none; replaced whole, so a reader sees one set or the other.</summary>
    public ConnectorRateWindows? RateWindows { get; set; }

    /// <summary>The bot's personal chat with a member: Teams answers the same conversation every time it is created.</summary>
    public string PersonalConversation(string memberId, out bool created)
    {
        lock (_lock)
        {
            created = !_personalConversations.TryGetValue(memberId, out var id);
            if (created)
            {
                id = $"a:personal-{_personalConversations.Count + 1}-{Guid.NewGuid():N}";
                _personalConversations.Add(memberId, id);
            }

            return id!;
        }
    }

    public string? PersonalConversationOf(string memberId)
    {
        lock (_lock)
        {
            return _personalConversations.GetValueOrDefault(memberId);
        }
    }

    public void MakeUnreachable(string memberId, int status)
    {
        lock (_lock)
        {
            _unreachable[memberId] = status;
        }
    }

    /// <summary>The status Teams answers for the member (or their personal chat), or null when they can be reached.</summary>
    public int? UnreachableStatus(string memberOrConversationId)
    {
        lock (_lock)
        {
            if (_unreachable.TryGetValue(memberOrConversationId, out var status))
            {
                return status;
            }

            var member = _personalConversations.FirstOrDefault(p => p.Value == memberOrConversationId).Key;
            return member is not null && _unreachable.TryGetValue(member, out status) ? status : null;
        }
    }

    public void EnqueueFaults(ConnectorFault fault, int count)
    {
        lock (_lock)
        {
            for (var i = 0; i < count; i++)
            {
                _faults.Enqueue(fault);
            }
        }
    }

    public bool TryTakeFault(out ConnectorFault fault)
    {
        lock (_lock)
        {
            return _faults.TryDequeue(out fault!);
        }
    }

    public void RecordRequest(ConnectorRequest request)
    {
        lock (_lock)
        {
            _requests.Add(request);
        }
    }

    public IReadOnlyList<ConnectorRequest> Requests()
    {
        lock (_lock)
        {
            return [.. _requests];
        }
    }

    /// <summary>Stores an activity (replacing one with the same id) and records its arrival.</summary>
    public void Store(ConnectorOperation operation, string conversationId, string activityId, JsonElement activity)
    {
        lock (_lock)
        {
            GetOrAdd(conversationId).Activities[activityId] = activity;
            Record(new ReceivedActivity(operation, conversationId, activityId, activity));
        }
    }

    /// <summary>Replaces a stored activity; false when the bot updates an activity it never sent.</summary>
    public bool TryUpdate(string conversationId, string activityId, JsonElement activity)
    {
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var conversation)
                || !conversation.Activities.ContainsKey(activityId))
            {
                return false;
            }

            conversation.Activities[activityId] = activity;
            Record(new ReceivedActivity(ConnectorOperation.Update, conversationId, activityId, activity));
            return true;
        }
    }

    public bool TryDelete(string conversationId, string activityId)
    {
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var conversation)
                || !conversation.Activities.Remove(activityId, out var deleted))
            {
                return false;
            }

            Record(new ReceivedActivity(ConnectorOperation.Delete, conversationId, activityId, deleted));
            return true;
        }
    }

    public JsonElement? Activity(string conversationId, string activityId)
    {
        lock (_lock)
        {
            return _conversations.TryGetValue(conversationId, out var conversation)
                && conversation.Activities.TryGetValue(activityId, out var activity)
                    ? activity
                    : null;
        }
    }

    public IReadOnlyList<JsonElement> Activities(string conversationId)
    {
        lock (_lock)
        {
            return _conversations.TryGetValue(conversationId, out var conversation)
                ? [.. conversation.Activities.Values]
                : [];
        }
    }

    public IReadOnlyList<ReceivedActivity> Received()
    {
        lock (_lock)
        {
            return [.. _received.Select(r => r.Activity)];
        }
    }

    public async Task<IReadOnlyList<ReceivedActivity>> WaitAsync(
        Func<ReceivedActivity, bool> match,
        int count,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                var candidates = _received.Where(r => !r.Taken && match(r.Activity)).Take(count).ToList();
                if (candidates.Count == count)
                {
                    candidates.ForEach(c => c.Taken = true);
                    return [.. candidates.Select(c => c.Activity)];
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(DescribeTimeout(match, count, timeout));
            }
        }
    }

    private string DescribeTimeout(Func<ReceivedActivity, bool> match, int count, TimeSpan timeout)
    {
        lock (_lock)
        {
            var matching = _received.Count(r => !r.Taken && match(r.Activity));
            var lines = _received.TakeLast(10).Select(r =>
                $"  {r.Activity.Operation} {r.Activity.ConversationId}/{r.Activity.ActivityId} "
                + $"type={r.Activity.Type}{(r.Taken ? " (already taken)" : string.Empty)}");
            return $"Waited {timeout.TotalSeconds:0.#} s for {count} matching activities, got {matching}. "
                + $"{_received.Count} activities arrived in all; the last ones:\n{string.Join('\n', lines)}";
        }
    }

    private void Record(ReceivedActivity activity)
    {
        _received.Add(new ReceivedEntry(activity));
        var changed = _changed;
        _changed = NewSignal();
        changed.SetResult();
    }

    private Conversation GetOrAdd(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            conversation = new Conversation();
            _conversations.Add(conversationId, conversation);
        }

        return conversation;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class Conversation
    {
        public List<JsonObject> Members { get; } = [];

        // Insertion order is the order the conversation shows; updates keep an activity's place.
        public OrderedDictionary<string, JsonElement> Activities { get; } = new(StringComparer.Ordinal);
    }

    private sealed class ReceivedEntry(ReceivedActivity activity)
    {
        public ReceivedActivity Activity { get; } = activity;

        public bool Taken { get; set; }
    }
}
