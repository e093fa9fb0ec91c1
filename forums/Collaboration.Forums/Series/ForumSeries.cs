using Collaboration.Forums.Results.Disclosure;
using Collaboration.Forums.Privacy;

namespace Collaboration.Forums.Series;

/// <summary>
/// A series of forums that build on each other. The aggregate decides every status change;
/// the store only persists what it decided.
/// </summary>
public sealed class ForumSeries
{
    private readonly List<Forum> _forums;
    private readonly List<string> _moderators;

    public ForumSeries(Guid id, LocalizedText title, LocalizedText? goal, string createdBy, DateTimeOffset createdAt,
        IReadOnlyList<StakeholderGroup> groups, IReadOnlyList<Topic> topics, IEnumerable<Forum> forums,
        IEnumerable<string> moderators, int minGroupSize = 3, IReadOnlyList<Milestone>? implementationPath = null,
        int retentionMonths = Retention.DefaultMonths, DataMinimisation? minimisation = null)
    {
        Id = id;
        Title = title;
        Goal = goal;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        Groups = groups;
        Topics = topics;
        MinGroupSize = SmallGroups.Threshold(minGroupSize);
        ImplementationPath = implementationPath ?? [];
        RetentionMonths = retentionMonths;
        Minimisation = minimisation ?? DataMinimisation.Default;
        _forums = [.. forums.OrderBy(f => f.Number)];
        _moderators = [.. moderators.Append(createdBy).Distinct(StringComparer.Ordinal)];
    }

    public Guid Id { get; }

    public LocalizedText Title { get; }

    public LocalizedText? Goal { get; }

    /// <summary>The user ID of whoever created the series; always a moderator of it.</summary>
    public string CreatedBy { get; }

    public DateTimeOffset CreatedAt { get; }

    public IReadOnlyList<StakeholderGroup> Groups { get; }

    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>
    /// The threshold k of disclosure control (see <see cref="GroupSuppression"/>): never below
    /// <see cref="SmallGroups.Minimum"/>, also for a series stored before that floor existed.
    /// </summary>
    public int MinGroupSize { get; }

    public IReadOnlyList<Milestone> ImplementationPath { get; }

    /// <summary>How long after its last forum closed the series keeps personal data (see <see cref="Retention"/>).</summary>
    public int RetentionMonths { get; }

    /// <summary>What onboarding asks and what archives publish about people.</summary>
    public DataMinimisation Minimisation { get; }

    public IReadOnlyList<Forum> Forums => _forums;

    public IReadOnlyList<string> Moderators => _moderators;

    public Forum? FindForum(int number) => _forums.Find(f => f.Number == number);

    public Forum? OpenForum => _forums.Find(f => f.Status == ForumStatus.Open);

    public (Forum Forum, ForumItem Item)? FindItem(Guid itemId)
    {
        foreach (var forum in _forums)
        {
            var item = forum.Items.FirstOrDefault(i => i.Id == itemId);
            if (item is not null)
            {
                return (forum, item);
            }
        }

        return null;
    }

    /// <summary>
    /// The item a moderator means by <paramref name="itemKey"/>: keys repeat across the forums of a series, so the open
    /// forum's comes first, then the newest forum that was held, then forums not started yet.
    /// </summary>
    public ForumItem? FindItemByKey(string itemKey) =>
        _forums.OrderByDescending(f => f.Status == ForumStatus.Open)
            .ThenByDescending(f => f.Status == ForumStatus.Closed)
            .ThenByDescending(f => f.Number)
            .Select(f => f.FindItem(itemKey))
            .FirstOrDefault(i => i is not null);

    /// <summary>
    /// Opens forum <paramref name="number"/> and all its draft items. A forum that is open at the time is closed
    /// first, because each forum builds on the finished results of the one before.
    /// </summary>
    public Outcome<ForumTransition> StartForum(int number)
    {
        var forum = FindForum(number);
        if (forum is null)
        {
            return Outcome<ForumTransition>.Failure(RejectionCode.ForumNotFound, number);
        }

        if (forum.Status == ForumStatus.Open)
        {
            return Outcome<ForumTransition>.Failure(RejectionCode.ForumAlreadyOpen, number);
        }

        var closed = _forums.Where(f => f.Status == ForumStatus.Open).ToList();
        foreach (var other in closed)
        {
            Close(other);
        }

        forum.SetStatus(ForumStatus.Open);
        foreach (var item in forum.Items.Where(i => i.Status == ItemStatus.Draft))
        {
            item.SetStatus(ItemStatus.Open);
        }

        return Outcome<ForumTransition>.Success(new ForumTransition(forum, closed));
    }

    public Outcome<Forum> CloseForum(int number)
    {
        var forum = FindForum(number);
        if (forum is null)
        {
            return Outcome<Forum>.Failure(RejectionCode.ForumNotFound, number);
        }

        if (forum.Status != ForumStatus.Open)
        {
            return Outcome<Forum>.Failure(forum.Status == ForumStatus.Closed ? RejectionCode.ForumAlreadyClosed : RejectionCode.ForumNotOpen, number);
        }

        Close(forum);
        return Outcome<Forum>.Success(forum);
    }

    public Outcome<ForumItem> OpenItem(Guid itemId)
    {
        if (FindItem(itemId) is not var (forum, item))
        {
            return Outcome<ForumItem>.Failure(RejectionCode.ItemNotFound, itemId);
        }

        if (forum.Status != ForumStatus.Open)
        {
            return Outcome<ForumItem>.Failure(RejectionCode.ForumNotOpen, forum.Number);
        }

        if (item.Status == ItemStatus.Open)
        {
            return Outcome<ForumItem>.Failure(RejectionCode.ItemAlreadyOpen, item.Key);
        }

        item.SetStatus(ItemStatus.Open);
        return Outcome<ForumItem>.Success(item);
    }

    public Outcome<ForumItem> CloseItem(Guid itemId)
    {
        if (FindItem(itemId) is not var (_, item))
        {
            return Outcome<ForumItem>.Failure(RejectionCode.ItemNotFound, itemId);
        }

        if (item.Status != ItemStatus.Open)
        {
            return Outcome<ForumItem>.Failure(RejectionCode.ItemAlreadyClosed, item.Key);
        }

        item.SetStatus(ItemStatus.Closed);
        return Outcome<ForumItem>.Success(item);
    }

    /// <summary>Adds a moderator's item to a forum that is not closed; it opens at once when the forum is open.</summary>
    public Outcome<ForumItem> AddItem(int forumNumber, ItemDraft draft, Guid newId)
    {
        var forum = FindForum(forumNumber);
        if (forum is null)
        {
            return Outcome<ForumItem>.Failure(RejectionCode.ForumNotFound, forumNumber);
        }

        if (forum.Status == ForumStatus.Closed)
        {
            return Outcome<ForumItem>.Failure(RejectionCode.ForumAlreadyClosed, forumNumber);
        }

        if (forum.FindItem(draft.Key) is not null)
        {
            return Outcome<ForumItem>.Failure(RejectionCode.DuplicateItemKey, draft.Key);
        }

        draft = ItemTexts.Normalise(draft);
        var invalid = ItemDefinitionRules.Check(draft, Topics);
        if (invalid is not null)
        {
            return invalid;
        }

        var position = forum.Items.Count == 0 ? 1 : forum.Items.Max(i => i.Position) + 1;
        var status = forum.Status == ForumStatus.Open ? ItemStatus.Open : ItemStatus.Draft;
        var item = new ForumItem(newId, draft.Key, position, draft.Prompt, draft.Spec, draft.Anonymous, status, draft.CarryOver, draft.Help);
        forum.Add(item);
        return Outcome<ForumItem>.Success(item);
    }

    /// <summary>Replaces the carry-over target of <paramref name="item"/>; the caller has checked it has no answers yet.</summary>
    public static void ApplyCarriedChoices(ForumItem item, IReadOnlyList<Choice> choices) => item.SetSpec(item.Spec.WithCarried(choices));

    private static void Close(Forum forum)
    {
        forum.SetStatus(ForumStatus.Closed);
        foreach (var item in forum.Items.Where(i => i.Status != ItemStatus.Closed))
        {
            item.SetStatus(ItemStatus.Closed);
        }
    }
}
