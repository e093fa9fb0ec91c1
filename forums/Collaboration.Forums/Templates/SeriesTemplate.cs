using Collaboration.Forums.Kinds;

namespace Collaboration.Forums.Templates;

/// <summary>
/// A parsed series template (the file format is documented in docs/templates.md). A plain data shape so that
/// YAML and JSON read into it alike; <see cref="SeriesTemplates.Parse"/> checks it before anyone uses it.
/// </summary>
public sealed class SeriesTemplate
{
    public TemplateText? Title { get; set; }

    public TemplateText? Goal { get; set; }

    /// <summary>Groups with fewer respondents are not broken out in results; 3 when omitted.</summary>
    public int? MinGroupSize { get; set; }

    /// <summary>Months after the last forum closed until personal data is removed; 12 when omitted.</summary>
    public int? RetentionMonths { get; set; }

    /// <summary>"required" (default), "optional" or "off": whether onboarding asks for the organisation.</summary>
    public string? Organisation { get; set; }

    /// <summary>"optional" (default) or "off": whether onboarding asks for the town.</summary>
    public string? Municipality { get; set; }

    /// <summary>Whether archived files and the SharePoint needs list name authors of named answers and needs; false when omitted.</summary>
    public bool? PublishNames { get; set; }

    public List<TemplateOption> StakeholderGroups { get; set; } = [];

    public List<TemplateOption> Topics { get; set; } = [];

    public List<TemplateForum> Forums { get; set; } = [];

    public List<TemplateMilestone> ImplementationPath { get; set; } = [];
}

/// <summary>German text with an optional English version.</summary>
public sealed class TemplateText
{
    public string? De { get; set; }

    public string? En { get; set; }
}

/// <summary>A keyed, labelled entry: stakeholder group, topic, choice, matrix row or column.</summary>
public sealed class TemplateOption
{
    public string? Key { get; set; }

    public string? De { get; set; }

    public string? En { get; set; }
}

public sealed class TemplateForum
{
    public int Number { get; set; }

    public TemplateText? Title { get; set; }

    public TemplateText? Description { get; set; }

    public List<TemplateItem> Items { get; set; } = [];
}

/// <summary>
/// One item; which of the optional fields apply depends on <see cref="Kind"/>. Its limits (maxChoices, budget,
/// maxLength, ...) are the kinds' own fields, inherited from <see cref="KindLimits"/> so that they are declared once.
/// </summary>
public sealed record TemplateItem : KindLimits
{
    public string? Key { get; set; }

    /// <summary>A kind's name as <see cref="ItemKinds.Names"/> lists it (singleChoice, ranking, needs, ...).</summary>
    public string? Kind { get; set; }

    public TemplateText? Prompt { get; set; }

    public TemplateText? Help { get; set; }

    public bool Anonymous { get; set; }

    public List<TemplateOption> Choices { get; set; } = [];

    public List<TemplateOption> Rows { get; set; } = [];

    public List<TemplateOption> Columns { get; set; } = [];

    public TemplateText? MinLabel { get; set; }

    public TemplateText? MaxLabel { get; set; }

    /// <summary>For needs: need, requirement, wish, obstacle.</summary>
    public List<string> Kinds { get; set; } = [];

    public TemplateCarryOver? CarryOver { get; set; }
}

public sealed class TemplateCarryOver
{
    public int FromForum { get; set; }

    public string? FromItem { get; set; }

    public int Top { get; set; }
}

public sealed class TemplateMilestone
{
    public TemplateText? Phase { get; set; }

    public TemplateText? Title { get; set; }

    /// <summary>Free text such as "Q3 2025" or an ISO date; shown as written.</summary>
    public string? Due { get; set; }
}
