namespace Collaboration.Forums.Templates;

/// <summary>
/// How large a pasted template may be. A template comes from a chat message or a card's text box, so anyone who may
/// create a series can send one; the limits keep one paste from tying up the bot, the database or every later card.
/// Each is far above what a real series needs (the shipped template is 16 KiB, 3 forums, at most 12 items and 10
/// options, prompts of at most 133 characters). docs/templates.md lists them.
/// </summary>
public static class TemplateLimits
{
    /// <summary>UTF-8 bytes of the whole text, checked before the YAML or JSON reader sees it.</summary>
    public const int MaxBytes = 256 * 1024;

    public const int MaxForums = 10;

    public const int MaxItemsPerForum = 50;

    /// <summary>Choices, rows and columns of an item, and stakeholder groups, topics and milestones of the series: the item rule's limit.</summary>
    public const int MaxEntries = ItemDefinitionRules.MaxOptions;

    /// <summary>Series, forum and milestone titles and phases: one line on a card.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>An item's question: a sentence or two on top of its card.</summary>
    public const int MaxPromptLength = 500;

    /// <summary>Choice, row, column, scale, group and topic labels: one button, cell or chart label.</summary>
    public const int MaxLabelLength = 200;

    /// <summary>The series goal, forum descriptions and item help: a paragraph.</summary>
    public const int MaxDescriptionLength = 2000;

    /// <summary>A milestone's due date as written ("Q3 2027").</summary>
    public const int MaxDueLength = 50;
}
