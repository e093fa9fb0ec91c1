namespace Collaboration.Forums.Kinds.Shared;

/// <summary>Definition checks several kinds share: option lists, scales and text limits.</summary>
internal static class OptionChecks
{
    public static string? Options(string name, IReadOnlyList<Choice>? options, bool allowEmpty)
    {
        if (options is null || options.Count == 0)
        {
            return allowEmpty ? null : $"{name} must not be empty";
        }

        if (options.Count > ItemDefinitionRules.MaxOptions)
        {
            return $"{name} has {options.Count} entries; at most {ItemDefinitionRules.MaxOptions} fit on a card";
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Count; i++)
        {
            var option = options[i];
            if (option is null || !ItemDefinitionRules.IsSlug(option.Key, ItemDefinitionRules.MaxKeyLength))
            {
                return $"{name}[{i}]: key '{option?.Key}' must be 1–{ItemDefinitionRules.MaxKeyLength} characters of a–z, 0–9, '-' or '_'";
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

    public static string? Scale(int min, int max)
    {
        if (min >= max)
        {
            return $"scale min ({min}) must be below max ({max})";
        }

        if ((long)max - min > ItemDefinitionRules.MaxScaleSteps)
        {
            return $"scale {min}–{max} is too long; at most {ItemDefinitionRules.MaxScaleSteps} steps";
        }

        return min < -100 || max > 100 ? "scale values must lie within -100..100" : null;
    }

    public static string? MaxLength(int maxLength) =>
        maxLength is >= 1 and <= ItemDefinitionRules.MaxTextLength ? null : $"maxLength must be 1–{ItemDefinitionRules.MaxTextLength}";
}
