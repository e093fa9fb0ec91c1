using Collaboration.Forums.Kinds;

namespace Collaboration.Forums.Validation;

/// <summary>Checks that an item a template or moderator describes can be answered (options present, scales sane, keys unique).</summary>
public static class ItemDefinitionRules
{
    /// <summary>Keys appear in commands and card payloads; short keeps them typeable.</summary>
    public const int MaxKeyLength = 40;

    /// <summary>More than ten steps cannot be shown as buttons on a phone and add no precision people use.</summary>
    public const int MaxScaleSteps = 10;

    /// <summary>Long enough for a considered statement, short enough for one card and one table cell.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>A choice set beyond this is unreadable in a Teams card; templates are held to the same limit.</summary>
    public const int MaxOptions = 30;

    public const int MaxBudget = 1000;

    public const int MaxCarryOverTop = 20;

    public static Rejection? Check(ItemDraft draft, IReadOnlyList<Topic> topics)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(topics);

        if (!IsSlug(draft.Key, MaxKeyLength))
        {
            return Invalid($"key '{draft.Key}' must be 1–{MaxKeyLength} characters of a–z, 0–9, '-' or '_', starting with a letter or digit");
        }

        if (draft.Prompt is null || string.IsNullOrWhiteSpace(draft.Prompt.De))
        {
            return Invalid("prompt must have a German text");
        }

        if (draft.Spec is null)
        {
            return Invalid("the item has no kind");
        }

        var carried = draft.CarryOver is not null;
        if (carried)
        {
            var carryProblem = CheckCarryOver(draft.CarryOver!, draft.Spec);
            if (carryProblem is not null)
            {
                return Invalid(carryProblem);
            }
        }

        var problem = ItemKinds.Of(draft.Spec).CheckDefinition(draft.Spec, new DefinitionContext(draft.CarryOver, topics));
        return problem is null ? null : Invalid(problem);
    }

    /// <summary>Lower-case letters, digits, '-' and '_', starting with a letter or digit.</summary>
    internal static bool IsSlug(string? key, int maxLength) =>
        !string.IsNullOrEmpty(key) && key.Length <= maxLength && IsLowerOrDigit(key[0])
        && key.All(c => IsLowerOrDigit(c) || c is '-' or '_');

    private static bool IsLowerOrDigit(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);

    private static Rejection Invalid(string reason) => new(RejectionCode.ItemDefinitionInvalid, reason);

    private static string? CheckCarryOver(CarryOverRule rule, ItemSpec spec)
    {
        if (!ItemKinds.Of(spec).TakesCarryOver)
        {
            return $"a {spec.KindName} item has no options a carry-over could fill";
        }

        if (rule.FromForum < 1 || string.IsNullOrWhiteSpace(rule.FromItemKey))
        {
            return "carryOver needs fromForum (1 or more) and fromItem";
        }

        return rule.Top is < 1 or > MaxCarryOverTop ? $"carryOver top must be 1–{MaxCarryOverTop}" : null;
    }
}
