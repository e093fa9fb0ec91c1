namespace Collaboration.Forums.Store.Kept;

/// <summary>
/// This instance's last read of what ties a conversation to a series: the series bound to it, and (a personal chat)
/// the series that sent an item into it. A vote read the binding every time (the one read it made before its batch);
/// now the gate may decide on the copy kept here, and the vote's batch checks in the write's transaction that the tie
/// still holds (<see cref="Votes.TieChecks"/>). A tie another instance changed since (a rebind, an expiry, an erasure)
/// makes the vote stale: nothing written, the copy forgotten, the vote passed through the gate again on fresh reads.
/// Only ties that hold are kept, so a binding made on another instance is found by the next read.
/// </summary>
/// <remarks>
/// Only conversation and series ids are kept, never the stored conversation reference. A personal chat's id still
/// belongs to one person: the series' ties are forgotten at once when its personal data expires on this instance, all
/// of them when someone's data is erased here (which chats are the person's is not known in memory; erasures are
/// rare, and each chat costs one read after one), and a copy is used for at most <see cref="KeptCopies{TKey, TValue}.MaxAge"/>.
/// </remarks>
internal sealed class KeptBindings(TimeProvider time)
{
    // Far above the chats of an instance's series.
    private const int MaxKept = 100_000;

    private readonly KeptCopies<string, Guid> _bound = new(time, MaxKept);
    private readonly KeptCopies<(string ConversationId, Guid SeriesId), bool> _sentInto = new(time, MaxKept);

    public Guid? BoundSeries(string conversationId) => _bound.TryFind(conversationId, out var seriesId) ? seriesId : null;

    /// <summary>Keeps what was just read or written for the conversation; null (nothing bound) forgets it.</summary>
    public void KeepBound(string conversationId, Guid? seriesId)
    {
        if (seriesId is { } bound)
        {
            _bound.Keep(conversationId, bound);
        }
        else
        {
            _bound.Forget(conversationId);
        }
    }

    public bool SentInto(Guid seriesId, string personalConversationId) => _sentInto.TryFind((personalConversationId, seriesId), out _);

    /// <summary>Keeps what was just read; false forgets it.</summary>
    public void KeepSentInto(Guid seriesId, string personalConversationId, bool sent)
    {
        if (sent)
        {
            _sentInto.Keep((personalConversationId, seriesId), true);
        }
        else
        {
            _sentInto.Forget((personalConversationId, seriesId));
        }
    }

    /// <summary>Forgets the copy a vote was decided on, after its batch found it, or something else it used, stale.</summary>
    public void Forget(ConversationTie tie)
    {
        ArgumentNullException.ThrowIfNull(tie);
        if (tie.SentInto)
        {
            _sentInto.Forget((tie.ConversationId, tie.SeriesId));
        }
        else
        {
            _bound.Forget(tie.ConversationId);
        }
    }

    /// <summary>Forgets every tie of the series (its personal data expired, its chats unbound).</summary>
    public void ForgetSeries(Guid seriesId)
    {
        _bound.ForgetWhere((_, bound) => bound == seriesId);
        _sentInto.ForgetWhere((key, _) => key.SeriesId == seriesId);
    }

    /// <summary>Forgets every tie (an erasure on this instance: which chats were the person's is not known here).</summary>
    public void ForgetAll()
    {
        _bound.ForgetAll();
        _sentInto.ForgetAll();
    }
}
