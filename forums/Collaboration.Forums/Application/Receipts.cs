using Collaboration.Forums.Participants;

namespace Collaboration.Forums.Application;

/// <summary>
/// An answer that was stored. <paramref name="View"/> is the item as the voter's card shows it now: the fresh results
/// and the stored answer as theirs, so the card needs no second round of reads.
/// </summary>
public sealed record AnswerReceipt(ItemView View, ResponseWrite Write)
{
    public Answer Answer => View.MyAnswer!;

    public ItemResults Results => View.Results;
}

/// <summary>
/// A needs entry that was filed or supported (or found again after a retry). <paramref name="View"/> is the item as
/// the participant's card shows it now, its ranking at most one card interval old (see <see cref="RecentResults"/>).
/// </summary>
public sealed record NeedReceipt(ItemView View, NeedEntry Entry, bool Added)
{
    public ForumItem Item => View.Item;

    public NeedsResults Results => (NeedsResults)View.Results;
}

/// <summary>A forum that was started, with the items whose options were carried over from earlier results.</summary>
public sealed record ForumStart(ForumSeries Series, ForumTransition Transition, IReadOnlyList<ForumItem> CarriedOver);

/// <summary>An item together with its series and forum, as the cards need them.</summary>
public sealed record ItemView(ForumSeries Series, Forum Forum, ForumItem Item, ItemResults Results, Participant? Participant, Answer? MyAnswer)
{
    /// <summary>The viewer's own entries of a needs collection, each with the need it was merged into; empty otherwise.</summary>
    public IReadOnlyList<OwnNeed> MyNeeds { get; init; } = [];
}
