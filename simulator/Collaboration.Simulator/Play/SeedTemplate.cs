using Collaboration.Forums.Templates;

namespace Collaboration.Simulator.Play;

/// <summary>The built-in template the simulator plays, read the way the bot reads it.</summary>
internal static class SeedTemplate
{
    public const string Name = "rdz-salzlandkreis";

    public static SeriesTemplate Template { get; } = SeriesTemplates.Parse(SeriesTemplates.ReadBuiltIn(Name)!).Value!;

    /// <summary>The template item whose German prompt the card shows (compared by letters only: the card escapes markdown).</summary>
    public static TemplateItem? FindByPrompt(int forum, string cardText)
    {
        var text = Letters(cardText);
        return Template.Forums.FirstOrDefault(f => f.Number == forum)?.Items
            .FirstOrDefault(i => i.Prompt?.De is { } prompt && text.Contains(Letters(prompt), StringComparison.Ordinal));
    }

    private static string Letters(string text) => new([.. text.Where(char.IsLetterOrDigit)]);
}
