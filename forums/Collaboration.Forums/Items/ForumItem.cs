namespace Collaboration.Forums.Items;

/// <summary>One question of a forum. Its status decides whether answers are taken.</summary>
public sealed class ForumItem
{
    public ForumItem(Guid id, string key, int position, LocalizedText prompt, ItemSpec spec, bool anonymous,
        ItemStatus status = ItemStatus.Draft, CarryOverRule? carryOver = null, LocalizedText? help = null)
    {
        Id = id;
        Key = key;
        Position = position;
        Prompt = prompt;
        Spec = spec;
        Anonymous = anonymous;
        Status = status;
        CarryOver = carryOver;
        Help = help;
    }

    public Guid Id { get; }

    /// <summary>Short stable name within the forum (e.g. "hurdles"); commands and carry-over rules use it.</summary>
    public string Key { get; }

    public int Position { get; }

    public LocalizedText Prompt { get; }

    public LocalizedText? Help { get; }

    public ItemSpec Spec { get; private set; }

    /// <summary>An anonymous item stores no participant identity with its answers and never shows who answered.</summary>
    public bool Anonymous { get; }

    public ItemStatus Status { get; private set; }

    public CarryOverRule? CarryOver { get; }

    internal void SetStatus(ItemStatus status) => Status = status;

    internal void SetSpec(ItemSpec spec) => Spec = spec;
}
