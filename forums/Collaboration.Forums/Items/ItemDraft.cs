namespace Collaboration.Forums.Items;

/// <summary>An item as a template or a moderator describes it, before it belongs to a forum.</summary>
public sealed record ItemDraft(string Key, LocalizedText Prompt, ItemSpec Spec, bool Anonymous = false,
    CarryOverRule? CarryOver = null, LocalizedText? Help = null);
