using System.Collections.Concurrent;
using Collaboration.Forums.Delivery;

namespace Collaboration.Bot.Meetings;

/// <summary>
/// The members of a conversation, read from Teams' paged roster once and shared by every page request of that
/// conversation for <see cref="Lifetime"/>. Teams counts every call a bot makes against the conversation's thread
/// limit (7 a second, 60 in 30 seconds), lookups included: asking for each member on their own let a meeting of 1,000
/// open the live view at 60 people per half minute, and sixty people opening the answer page at once waited up to
/// half a minute. One roster read is a call per 500 members. Concurrent requests wait for the same read.
/// </summary>
internal sealed class ConversationRosters(IFanOutConnector connector, TimeProvider time)
{
    /// <summary>
    /// How long a roster is believed: someone removed from the chat loses access within this time; Teams' limits are
    /// spared while a meeting's pages keep asking.
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Someone not on a roster at least this old makes it be read again, so a person just added gets in within
    /// seconds; not sooner, so requests of strangers cannot spend the conversation's budget of Teams calls.
    /// </summary>
    public static readonly TimeSpan RereadOnMissAfter = TimeSpan.FromSeconds(10);

    private const int PageSize = 500;

    private readonly ConcurrentDictionary<string, Lazy<Task<Roster>>> _reads = new(StringComparer.Ordinal);
    private long _lastSweepTicks;

    /// <summary>The member with this Entra object id or Teams id, or null when the roster does not list them.</summary>
    /// <exception cref="ConnectorCallException">Teams could not give the roster.</exception>
    public async Task<RosterMember?> FindAsync(string conversationId, string storedReference, string userId, CancellationToken cancellationToken)
    {
        var roster = await CurrentAsync(conversationId, storedReference, cancellationToken);
        if (roster.Find(userId) is { } member)
        {
            return member;
        }

        if (time.GetUtcNow() - roster.ReadAt < RereadOnMissAfter)
        {
            return null;
        }

        return (await RereadAsync(conversationId, storedReference, roster, cancellationToken)).Find(userId);
    }

    /// <summary>Every member of the conversation, from a roster at most <see cref="Lifetime"/> old.</summary>
    /// <exception cref="ConnectorCallException">Teams could not give the roster.</exception>
    public async Task<IReadOnlyList<RosterMember>> MembersAsync(string conversationId, string storedReference, CancellationToken cancellationToken) =>
        (await CurrentAsync(conversationId, storedReference, cancellationToken)).Members;

    private async Task<Roster> CurrentAsync(string conversationId, string storedReference, CancellationToken cancellationToken)
    {
        SweepNow();
        var read = _reads.GetOrAdd(conversationId, _ => Start(storedReference));
        var roster = await ResultAsync(conversationId, read, cancellationToken);
        return time.GetUtcNow() - roster.ReadAt < Lifetime ? roster : await RereadAsync(conversationId, storedReference, roster, cancellationToken);
    }

    /// <summary>Replaces the roster that was seen as too old, unless another request already did; then waits for the new one.</summary>
    private async Task<Roster> RereadAsync(string conversationId, string storedReference, Roster seen, CancellationToken cancellationToken)
    {
        var current = _reads.GetOrAdd(conversationId, _ => Start(storedReference));
        if (current.IsValueCreated && current.Value.IsCompletedSuccessfully && ReferenceEquals(current.Value.Result, seen))
        {
            var fresh = Start(storedReference);
            current = _reads.TryUpdate(conversationId, fresh, current) ? fresh : _reads.GetOrAdd(conversationId, fresh);
        }

        return await ResultAsync(conversationId, current, cancellationToken);
    }

    private async Task<Roster> ResultAsync(string conversationId, Lazy<Task<Roster>> read, CancellationToken cancellationToken)
    {
        try
        {
            // The read belongs to every request waiting for it; one request going away does not end it.
            return await read.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A failed read is not kept: the next request tries again (and fails closed if Teams still says no).
            _reads.TryRemove(new KeyValuePair<string, Lazy<Task<Roster>>>(conversationId, read));
            throw;
        }
    }

    // Lazy: GetOrAdd may run its factory twice under a race, but only the stored one is ever started.
    private Lazy<Task<Roster>> Start(string storedReference) => new(() => ReadAsync(storedReference), LazyThreadSafetyMode.ExecutionAndPublication);

    private async Task<Roster> ReadAsync(string storedReference)
    {
        var members = new List<RosterMember>();
        string? token = null;
        do
        {
            var page = await connector.ReadRosterAsync(storedReference, token, PageSize, CancellationToken.None);
            members.AddRange(page.Members);
            token = page.ContinuationToken;
        }
        while (token is not null);

        return new Roster(members, time.GetUtcNow());
    }

    /// <summary>Forgets rosters nobody asked for in a while, so a long-running host keeps only the conversations in use.</summary>
    private void SweepNow()
    {
        var now = time.GetUtcNow();
        var last = Interlocked.Read(ref _lastSweepTicks);
        if (now.UtcTicks - last < Lifetime.Ticks || Interlocked.CompareExchange(ref _lastSweepTicks, now.UtcTicks, last) != last)
        {
            return;
        }

        foreach (var (conversationId, read) in _reads)
        {
            if (read.IsValueCreated && read.Value.IsCompletedSuccessfully && now - read.Value.Result.ReadAt >= Lifetime)
            {
                _reads.TryRemove(new KeyValuePair<string, Lazy<Task<Roster>>>(conversationId, read));
            }
        }
    }

    private sealed class Roster
    {
        // Teams ids compare exactly; Entra object ids are GUIDs, written in either case.
        private readonly Dictionary<string, RosterMember> _byTeamsId = new(StringComparer.Ordinal);
        private readonly Dictionary<string, RosterMember> _byObjectId = new(StringComparer.OrdinalIgnoreCase);

        public Roster(IReadOnlyList<RosterMember> members, DateTimeOffset readAt)
        {
            Members = members;
            ReadAt = readAt;
            foreach (var member in members)
            {
                _byTeamsId.TryAdd(member.TeamsId, member);
                if (member.AadObjectId is { Length: > 0 } objectId)
                {
                    _byObjectId.TryAdd(objectId, member);
                }
            }
        }

        public IReadOnlyList<RosterMember> Members { get; }

        public DateTimeOffset ReadAt { get; }

        public RosterMember? Find(string userId) => _byObjectId.GetValueOrDefault(userId) ?? _byTeamsId.GetValueOrDefault(userId);
    }
}
