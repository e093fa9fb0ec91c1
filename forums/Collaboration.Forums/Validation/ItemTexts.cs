using Collaboration.Forums.Kinds;

namespace Collaboration.Forums.Validation;

/// <summary>
/// Puts every text of an item draft (prompt, help, option, row, column and scale labels) through
/// <see cref="TextRules.Normalise"/>, so an item a moderator adds in Teams is held to the same rules as one from a template.
/// </summary>
public static class ItemTexts
{
    public static ItemDraft Normalise(ItemDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return draft with
        {
            Prompt = Normalise(draft.Prompt)!,
            Help = Normalise(draft.Help),
            Spec = Normalise(draft.Spec),
        };
    }

    /// <summary>Both languages normalised; an English text that is empty afterwards is dropped (German stands in for it).</summary>
    public static LocalizedText? Normalise(LocalizedText? text)
    {
        if (text is null)
        {
            return null;
        }

        var en = TextRules.Normalise(text.En);
        return new LocalizedText(TextRules.Normalise(text.De), en.Length == 0 ? null : en);
    }

    private static ItemSpec Normalise(ItemSpec spec) => spec is null ? spec! : ItemKinds.Of(spec).NormaliseTexts(spec);
}
