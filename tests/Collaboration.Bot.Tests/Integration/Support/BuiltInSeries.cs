using Collaboration.Forums.Templates;

namespace Collaboration.Bot.Tests.Integration.Support;

/// <summary>The built-in template the tests run, read the way the bot reads it.</summary>
public static class BuiltInSeries
{
    public const string Name = "rdz-salzlandkreis";

    public static SeriesTemplate Template { get; } = SeriesTemplates.Parse(SeriesTemplates.ReadBuiltIn(Name)!).Value!;

    public static TemplateItem Item(int forum, string key) =>
        Template.Forums.Single(f => f.Number == forum).Items.Single(i => i.Key == key);
}
