using Collaboration.Forums.Kinds;
using Collaboration.Forums.Results.Disclosure;
using Collaboration.Forums.Privacy;

namespace Collaboration.Forums.Templates;

/// <summary>A template turned into domain values, ready to become a series.</summary>
internal sealed record CompiledTemplate(LocalizedText Title, LocalizedText? Goal, int MinGroupSize, IReadOnlyList<StakeholderGroup> Groups,
    IReadOnlyList<Topic> Topics, IReadOnlyList<CompiledForum> Forums, IReadOnlyList<Milestone> ImplementationPath,
    int RetentionMonths = Retention.DefaultMonths, DataMinimisation? Minimisation = null);

internal sealed record CompiledForum(int Number, LocalizedText Title, LocalizedText? Description, IReadOnlyList<ItemDraft> Items);

/// <summary>
/// Checks a template and builds domain values from it. Every refusal names where the problem is
/// (e.g. "forums[1].items[2]: unknown kind 'foo'"; indexes count from 0 as in the file's lists).
/// </summary>
internal static class TemplateCompiler
{
    public static Outcome<CompiledTemplate> Compile(SeriesTemplate template)
    {
        try
        {
            return Outcome<CompiledTemplate>.Success(CompileOrThrow(template));
        }
        catch (TemplateProblemException problem)
        {
            return problem.Rejection;
        }
    }

    private static CompiledTemplate CompileOrThrow(SeriesTemplate template)
    {
        CheckCounts(template);
        var title = Required(template.Title, "title", TemplateLimits.MaxTitleLength);
        var goal = Optional(template.Goal, "goal", TemplateLimits.MaxDescriptionLength);
        var minGroupSize = template.MinGroupSize ?? SmallGroups.Minimum;

        // Refused rather than raised quietly: whoever wrote a lower value expected finer results than the series will show.
        if (minGroupSize is < SmallGroups.Minimum or > 100)
        {
            throw new TemplateProblemException($"minGroupSize: must be {SmallGroups.Minimum}–100 (results of fewer than {SmallGroups.Minimum} people could be traced to them)");
        }

        var retentionMonths = template.RetentionMonths ?? Retention.DefaultMonths;
        if (!Retention.IsValid(retentionMonths))
        {
            throw new TemplateProblemException($"retentionMonths: must be {Retention.MinMonths}–{Retention.MaxMonths}");
        }

        var minimisation = new DataMinimisation
        {
            Organisation = FieldUseOf(template.Organisation, "organisation", FieldUse.Required, FieldUse.Optional, FieldUse.Off),
            Municipality = FieldUseOf(template.Municipality, "municipality", FieldUse.Optional, FieldUse.Off),
            PublishNames = template.PublishNames ?? false,
        };

        var groups = Options(template.StakeholderGroups, "stakeholderGroups", allowEmpty: false)
            .Select(o => new StakeholderGroup(o.Key, o.Label)).ToList();
        var topics = Options(template.Topics, "topics", allowEmpty: true).Select(o => new Topic(o.Key, o.Label)).ToList();

        var forumDtos = template.Forums ?? [];
        if (forumDtos.Count == 0)
        {
            throw new TemplateProblemException("forums: a series needs at least one forum");
        }

        var forums = new List<CompiledForum>();
        for (var f = 0; f < forumDtos.Count; f++)
        {
            forums.Add(CompileForum(forumDtos[f], $"forums[{f}]", topics));
        }

        var numbers = forums.Select(f => f.Number).Order().ToList();
        if (!numbers.SequenceEqual(Enumerable.Range(1, forums.Count)))
        {
            throw new TemplateProblemException($"forums: numbers must be 1–{forums.Count}, each once (found {string.Join(", ", forums.Select(f => f.Number))})");
        }

        CheckCarryOvers(forumDtos, forums);

        var milestones = (template.ImplementationPath ?? []).Select((m, i) => new Milestone(
            Required(m?.Phase, $"implementationPath[{i}].phase", TemplateLimits.MaxTitleLength),
            Required(m?.Title, $"implementationPath[{i}].title", TemplateLimits.MaxTitleLength),
            Limited(Clean(m?.Due), $"implementationPath[{i}].due", TemplateLimits.MaxDueLength))).ToList();

        return new CompiledTemplate(title, goal, minGroupSize, groups, topics, forums, milestones, retentionMonths, minimisation);
    }

    private static FieldUse FieldUseOf(string? value, string where, params FieldUse[] allowed)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return allowed[0];
        }

        return allowed.FirstOrDefault(a => string.Equals(a.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase)) is var found
            && string.Equals(found.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase)
            ? found
            : throw new TemplateProblemException($"{where}: must be one of {string.Join(", ", allowed.Select(a => a.ToString().ToLowerInvariant()))}");
    }

    private static CompiledForum CompileForum(TemplateForum? dto, string where, IReadOnlyList<Topic> topics)
    {
        if (dto is null)
        {
            throw new TemplateProblemException($"{where}: empty entry");
        }

        var title = Required(dto.Title, $"{where}.title", TemplateLimits.MaxTitleLength);
        var description = Optional(dto.Description, $"{where}.description", TemplateLimits.MaxDescriptionLength);
        var items = new List<ItemDraft>();
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var itemDtos = dto.Items ?? [];
        for (var i = 0; i < itemDtos.Count; i++)
        {
            var itemWhere = $"{where}.items[{i}]";
            var draft = CompileItem(itemDtos[i], itemWhere);
            if (!keys.Add(draft.Key))
            {
                throw new TemplateProblemException($"{itemWhere}: key '{draft.Key}' is used twice in this forum");
            }

            if (ItemDefinitionRules.Check(draft, topics) is { } invalid)
            {
                throw new TemplateProblemException($"{itemWhere} ('{draft.Key}'): {invalid.Arguments.FirstOrDefault()}");
            }

            items.Add(draft);
        }

        return new CompiledForum(dto.Number, title, description, items);
    }

    private static ItemDraft CompileItem(TemplateItem? dto, string where)
    {
        if (dto is null)
        {
            throw new TemplateProblemException($"{where}: empty entry");
        }

        var prompt = Required(dto.Prompt, $"{where}.prompt", TemplateLimits.MaxPromptLength);
        var help = Optional(dto.Help, $"{where}.help", TemplateLimits.MaxDescriptionLength);
        var carryOver = dto.CarryOver is { } c ? new CarryOverRule(c.FromForum, c.FromItem?.Trim() ?? string.Empty, c.Top) : null;
        var choices = Choices(dto.Choices, $"{where}.choices");
        var kindName = dto.Kind?.Trim();
        if (string.IsNullOrEmpty(kindName))
        {
            throw new TemplateProblemException($"{where}: kind missing");
        }

        var kind = ItemKinds.Named(kindName)
            ?? throw new TemplateProblemException($"{where}: unknown kind '{kindName}' (expected {string.Join(", ", ItemKinds.Names)})");
        var spec = kind.Build(new KindFields(dto)
        {
            Choices = choices,
            Rows = Choices(dto.Rows, $"{where}.rows"),
            Columns = Choices(dto.Columns, $"{where}.columns"),
            CarriedTop = carryOver?.Top ?? 0,
            MinLabel = Optional(dto.MinLabel, $"{where}.minLabel", TemplateLimits.MaxLabelLength),
            MaxLabel = Optional(dto.MaxLabel, $"{where}.maxLabel", TemplateLimits.MaxLabelLength),
            NeedKinds = NeedKinds(dto.Kinds, $"{where}.kinds"),
        });
        return new ItemDraft(dto.Key?.Trim() ?? string.Empty, prompt, spec, dto.Anonymous, carryOver, help);
    }

    /// <summary>A carry-over reads the finished results of an earlier forum; a later or missing source could never be filled.</summary>
    private static void CheckCarryOvers(List<TemplateForum> dtos, List<CompiledForum> forums)
    {
        for (var f = 0; f < forums.Count; f++)
        {
            for (var i = 0; i < forums[f].Items.Count; i++)
            {
                if (forums[f].Items[i].CarryOver is not { } rule)
                {
                    continue;
                }

                var where = $"forums[{f}].items[{i}].carryOver";
                if (rule.FromForum >= dtos[f].Number)
                {
                    throw new TemplateProblemException($"{where}: fromForum {rule.FromForum} is not earlier than forum {dtos[f].Number}");
                }

                var source = forums.Single(x => x.Number == rule.FromForum).Items
                    .FirstOrDefault(x => string.Equals(x.Key, rule.FromItemKey, StringComparison.OrdinalIgnoreCase));
                if (source is null)
                {
                    throw new TemplateProblemException($"{where}: forum {rule.FromForum} has no item '{rule.FromItemKey}'");
                }

                if (!ItemKinds.Of(source.Spec).GivesCarryOver)
                {
                    throw new TemplateProblemException($"{where}: item '{source.Key}' ({source.Spec.KindName}) has no ranking to carry over");
                }
            }
        }
    }

    private static List<NeedKind> NeedKinds(List<string>? names, string where)
    {
        var kinds = new List<NeedKind>();
        foreach (var (name, i) in (names ?? []).Select((n, i) => (n, i)))
        {
            if (string.IsNullOrWhiteSpace(name) || name.Trim().Any(char.IsDigit) || !Enum.TryParse<NeedKind>(name.Trim(), ignoreCase: true, out var kind))
            {
                throw new TemplateProblemException($"{where}[{i}]: unknown need kind '{name}' (expected need, requirement, wish or obstacle)");
            }

            kinds.Add(kind);
        }

        return kinds;
    }

    private static List<Choice> Choices(List<TemplateOption>? options, string where) =>
        [.. (options ?? []).Select((o, i) => new Choice(o?.Key?.Trim() ?? string.Empty, Label(o, $"{where}[{i}]")))];

    private static List<(string Key, LocalizedText Label)> Options(List<TemplateOption>? options, string where, bool allowEmpty)
    {
        var list = options ?? [];
        if (list.Count == 0 && !allowEmpty)
        {
            throw new TemplateProblemException($"{where}: at least one entry is needed");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<(string, LocalizedText)>();
        for (var i = 0; i < list.Count; i++)
        {
            var key = list[i]?.Key?.Trim();
            if (!ItemDefinitionRules.IsSlug(key, ItemDefinitionRules.MaxKeyLength))
            {
                throw new TemplateProblemException($"{where}[{i}]: key '{key}' must be 1–{ItemDefinitionRules.MaxKeyLength} characters of a–z, 0–9, '-' or '_'");
            }

            if (!seen.Add(key!))
            {
                throw new TemplateProblemException($"{where}[{i}]: key '{key}' appears twice");
            }

            result.Add((key!, Label(list[i], $"{where}[{i}]")));
        }

        return result;
    }

    private static LocalizedText Label(TemplateOption? option, string where) =>
        TextRules.Normalise(option?.De) is { Length: > 0 } de
            ? new LocalizedText(Limited(de, $"{where}.de", TemplateLimits.MaxLabelLength)!,
                Limited(Clean(option?.En), $"{where}.en", TemplateLimits.MaxLabelLength))
            : throw new TemplateProblemException($"{where}: German label 'de' missing");

    private static LocalizedText Required(TemplateText? text, string where, int maxLength) =>
        Optional(text, where, maxLength) ?? throw new TemplateProblemException($"{where}: German text 'de' missing");

    private static LocalizedText? Optional(TemplateText? text, string where, int maxLength)
    {
        // Normalised first: a text of nothing but control characters is as missing as an empty one.
        var de = TextRules.Normalise(text?.De);
        var en = Clean(text?.En);
        if (de.Length == 0 && en is null)
        {
            return null;
        }

        return de.Length == 0
            ? throw new TemplateProblemException($"{where}: German text 'de' missing (English alone is not enough)")
            : new LocalizedText(Limited(de, $"{where}.de", maxLength)!, Limited(en, $"{where}.en", maxLength));
    }

    /// <summary>The text, or a refusal naming the field and the limit (counted in characters as the reader sees them).</summary>
    private static string? Limited(string? text, string where, int maxLength) =>
        text is null || text.Length <= maxLength || new System.Globalization.StringInfo(text).LengthInTextElements <= maxLength
            ? text
            : throw new TemplateProblemException(new Rejection(RejectionCode.TemplateTextTooLong, where, maxLength));

    /// <summary>
    /// The count limits, checked on the parsed shape before anything is compiled, so an oversized template is refused
    /// for its size and not for the first of its many entries that happens to be wrong.
    /// </summary>
    private static void CheckCounts(SeriesTemplate template)
    {
        var forums = template.Forums ?? [];
        if (forums.Count > TemplateLimits.MaxForums)
        {
            throw new TemplateProblemException(new Rejection(RejectionCode.TemplateTooManyForums, forums.Count, TemplateLimits.MaxForums));
        }

        Entries(template.StakeholderGroups, "stakeholderGroups");
        Entries(template.Topics, "topics");
        Entries(template.ImplementationPath, "implementationPath");
        for (var f = 0; f < forums.Count; f++)
        {
            var items = forums[f]?.Items ?? [];
            if (items.Count > TemplateLimits.MaxItemsPerForum)
            {
                throw new TemplateProblemException(
                    new Rejection(RejectionCode.TemplateTooManyItems, $"forums[{f}]", items.Count, TemplateLimits.MaxItemsPerForum));
            }

            for (var i = 0; i < items.Count; i++)
            {
                Entries(items[i]?.Choices, $"forums[{f}].items[{i}].choices");
                Entries(items[i]?.Rows, $"forums[{f}].items[{i}].rows");
                Entries(items[i]?.Columns, $"forums[{f}].items[{i}].columns");
            }
        }

        static void Entries<T>(List<T>? list, string where)
        {
            if (list?.Count > TemplateLimits.MaxEntries)
            {
                throw new TemplateProblemException(new Rejection(RejectionCode.TemplateTooManyEntries, where, list.Count, TemplateLimits.MaxEntries));
            }
        }
    }

    private static string? Clean(string? text) => TextRules.Normalise(text) is { Length: > 0 } clean ? clean : null;

    /// <summary>Carries a refusal out of the nested checks; never leaves <see cref="Compile"/>.</summary>
    private sealed class TemplateProblemException(Rejection rejection) : Exception(rejection.ToString())
    {
        /// <summary>A positioned problem that has no limit of its own: "forums[1].items[2]: unknown kind 'foo'".</summary>
        public TemplateProblemException(string message)
            : this(new Rejection(RejectionCode.TemplateInvalid, message))
        {
        }

        public Rejection Rejection { get; } = rejection;
    }
}
