using Collaboration.Forums.Items;
using Collaboration.Forums.Series;

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

        var problem = draft.Spec switch
        {
            SingleChoiceSpec s => CheckOptions("choices", s.Choices, allowEmpty: carried),
            MultipleChoiceSpec s => CheckOptions("choices", s.Choices, allowEmpty: carried) ?? CheckMaxChoices(s, draft.CarryOver),
            RatingScaleSpec s => CheckScale(s.Min, s.Max),
            OpenTextSpec s => CheckMaxLength(s.MaxLength),
            NeedsCollectionSpec s => CheckNeeds(s, topics),
            PointsSpec s => CheckOptions("choices", s.Choices, allowEmpty: carried) ?? CheckPoints(s, carried),
            MatrixChoiceSpec s => CheckOptions("rows", s.Rows, allowEmpty: carried) ?? CheckOptions("columns", s.Columns, allowEmpty: false),
            MatrixRatingSpec s => CheckOptions("rows", s.Rows, allowEmpty: carried) ?? CheckOptions("columns", s.Columns, allowEmpty: false)
                ?? CheckScale(s.Min, s.Max),
            _ => $"kind '{draft.Spec.KindName}' is not supported",
        };
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
        if (spec is RatingScaleSpec or OpenTextSpec or NeedsCollectionSpec)
        {
            return $"a {spec.KindName} item has no options a carry-over could fill";
        }

        if (rule.FromForum < 1 || string.IsNullOrWhiteSpace(rule.FromItemKey))
        {
            return "carryOver needs fromForum (1 or more) and fromItem";
        }

        return rule.Top is < 1 or > MaxCarryOverTop ? $"carryOver top must be 1–{MaxCarryOverTop}" : null;
    }

    private static string? CheckOptions(string name, IReadOnlyList<Choice>? options, bool allowEmpty)
    {
        if (options is null || options.Count == 0)
        {
            return allowEmpty ? null : $"{name} must not be empty";
        }

        if (options.Count > MaxOptions)
        {
            return $"{name} has {options.Count} entries; at most {MaxOptions} fit on a card";
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Count; i++)
        {
            var option = options[i];
            if (option is null || !IsSlug(option.Key, MaxKeyLength))
            {
                return $"{name}[{i}]: key '{option?.Key}' must be 1–{MaxKeyLength} characters of a–z, 0–9, '-' or '_'";
            }

            if (option.Label is null || string.IsNullOrWhiteSpace(option.Label.De))
            {
                return $"{name}[{i}] ('{option.Key}'): German label missing";
            }

            if (!seen.Add(option.Key))
            {
                return $"{name}[{i}]: key '{option.Key}' appears twice";
            }
        }

        return null;
    }

    private static string? CheckMaxChoices(MultipleChoiceSpec spec, CarryOverRule? carryOver)
    {
        // A carry-over adds up to Top options at forum start, so the limit may count them.
        var available = (spec.Choices?.Count ?? 0) + (carryOver?.Top ?? 0);
        return spec.MaxChoices >= 1 && spec.MaxChoices <= available ? null : $"maxChoices must be 1–{available} (the number of choices)";
    }

    private static string? CheckScale(int min, int max)
    {
        if (min >= max)
        {
            return $"scale min ({min}) must be below max ({max})";
        }

        if ((long)max - min > MaxScaleSteps)
        {
            return $"scale {min}–{max} is too long; at most {MaxScaleSteps} steps";
        }

        return min < -100 || max > 100 ? "scale values must lie within -100..100" : null;
    }

    private static string? CheckMaxLength(int maxLength) =>
        maxLength is >= 1 and <= MaxTextLength ? null : $"maxLength must be 1–{MaxTextLength}";

    private static string? CheckNeeds(NeedsCollectionSpec spec, IReadOnlyList<Topic> topics)
    {
        if (spec.Kinds is null || spec.Kinds.Count == 0)
        {
            return "kinds must name at least one kind of need";
        }

        if (spec.Kinds.Any(k => !Enum.IsDefined(k)) || spec.Kinds.Distinct().Count() != spec.Kinds.Count)
        {
            return "kinds must be distinct known kinds (need, requirement, wish, obstacle)";
        }

        return topics.Count == 0 ? "a needs collection files entries under topics; the series has none" : CheckMaxLength(spec.MaxLength);
    }

    private static string? CheckPoints(PointsSpec spec, bool carried)
    {
        if (spec.Budget is < 1 or > MaxBudget)
        {
            return $"budget must be 1–{MaxBudget}";
        }

        if (spec.MaxPerChoice is { } max && (max < 1 || max > spec.Budget))
        {
            return $"maxPerChoice must be 1–{spec.Budget} (the budget)";
        }

        // Unsatisfiable: the full budget is required but the per-option limit cannot absorb it.
        if (!carried && spec.RequireFullBudget && spec.MaxPerChoice is { } limit && (long)limit * spec.Choices.Count < spec.Budget)
        {
            return $"requireFullBudget cannot be met: {spec.Choices.Count} choices × {limit} points < budget {spec.Budget}";
        }

        return null;
    }
}
