namespace Collaboration.Forums.Tests.Support;

/// <summary>Small builders so each test states only what it is about.</summary>
internal static class Build
{
    public static readonly DateTimeOffset Now = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static Choice Choice(string key, string? label = null) => new(key, new LocalizedText(label ?? key.ToUpperInvariant()));

    public static IReadOnlyList<Choice> Choices(params string[] keys) => [.. keys.Select(k => Choice(k))];

    public static IReadOnlyList<Topic> Topics { get; } = [new Topic("mobility", new LocalizedText("Mobilität")), new Topic("work", new LocalizedText("Arbeit"))];

    public static ForumItem Item(ItemSpec spec, ItemStatus status = ItemStatus.Open, bool anonymous = false, string key = "item") =>
        new(Guid.NewGuid(), key, 1, new LocalizedText("Frage?"), spec, anonymous, status);

    public static ForumSeries Series(int minGroupSize = 3, params ForumItem[] items) =>
        new(Guid.NewGuid(), new LocalizedText("Reihe"), null, "creator", Now,
            [new StakeholderGroup("kommune", new LocalizedText("Kommune")), new StakeholderGroup("unternehmen", new LocalizedText("Unternehmen"))],
            Topics, [new Forum(Guid.NewGuid(), 1, new LocalizedText("Forum 1"), null, ForumStatus.Open, items)], [], minGroupSize);

    public static Response Response(ForumItem item, string respondent, Answer answer, string group = "kommune", int minute = 0) =>
        new(item.Id, respondent, null, group, answer, Now.AddMinutes(minute));

    public static NeedEntry Need(ForumItem item, string author, string text, string group = "kommune", int minute = 0, NeedKind kind = NeedKind.Need) =>
        new(Guid.NewGuid(), item.Id, author, null, group, kind, "mobility", text, Guid.NewGuid().ToString(), Now.AddMinutes(minute));
}
