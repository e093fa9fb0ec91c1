using Collaboration.Forums.Templates;

namespace Collaboration.Bot.Tests.Integration.Support;

/// <summary>The built-in template the tests run, read the way the bot reads it.</summary>
public static class BuiltInSeries
{
    public const string Name = "rdz-salzlandkreis";

    public static SeriesTemplate Template { get; } = SeriesTemplates.Parse(SeriesTemplates.ReadBuiltIn(Name)!).Value!;

    public static TemplateItem Item(int forum, string key) =>
        Template.Forums.Single(f => f.Number == forum).Items.Single(i => i.Key == key);

    /// <summary>The series id and forum 1's item cards by template key, from the cards posted for "serie anlegen" and "forum starten 1".</summary>
    public static (string SeriesId, IReadOnlyDictionary<string, PostedCard> Items) ReadForumOne(IReadOnlyList<PostedCard> created, IReadOnlyList<PostedCard> started)
    {
        ArgumentNullException.ThrowIfNull(created);
        ArgumentNullException.ThrowIfNull(started);
        var seriesId = created.Concat(started).SelectMany(p => CardReader.DataValues(p.Card, "seriesId")).Distinct().Single();
        var items = Template.Forums.Single(f => f.Number == 1).Items.ToDictionary(
            i => i.Key!,
            i => started.Single(p => p.ItemId is not null && p.Text.Contains(i.Prompt!.De!, StringComparison.Ordinal)));
        return (seriesId, items);
    }
}
