using Collaboration.Forums.Participants;
using Collaboration.Reports.Export;
using Collaboration.Seeding;

namespace Collaboration.Reports.Tests.Disclosure;

/// <summary>
/// A series whose participants and answers a test spells out exactly: who is in which group and which option each
/// one chose on each item (null: did not answer). The report is read back from its JSON export, so what the tests
/// check is what leaves the building.
/// </summary>
internal sealed class SmallGroupSeries
{
    public static readonly string[] Groups = ["kommune", "unternehmen", "wissenschaft", "zivil"];
    public static readonly string[] Options = ["a", "b"];

    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    /// <param name="people">Each person's group index.</param>
    /// <param name="choices">Per forum, per item, per person: the option index, or null.</param>
    public SmallGroupSeries(int[] people, int?[][][] choices)
    {
        People = people;
        Choices = choices;
    }

    public int[] People { get; }

    public int?[][][] Choices { get; }

    public async Task<SeriesReport> ExportedReportAsync()
    {
        var store = new InMemoryForumStore();
        var forums = Choices.Select((items, f) => new Forum(Guid.NewGuid(), f + 1, new LocalizedText($"Forum {f + 1}"), null, ForumStatus.Closed,
            items.Select((_, i) => new ForumItem(Guid.NewGuid(), $"f{f + 1}i{i + 1}", i + 1, new LocalizedText($"Frage {f + 1}.{i + 1}"),
                new SingleChoiceSpec([.. Options.Select(o => new Choice(o, new LocalizedText(o.ToUpperInvariant())))]), i % 2 == 1, ItemStatus.Closed)).ToList()))
            .ToList();
        var series = new ForumSeries(Guid.NewGuid(), new LocalizedText("Reihe"), null, "moderator", Start,
            [.. Groups.Select(g => new StakeholderGroup(g, new LocalizedText(g)))], [], forums, [], 3);
        await store.AddSeriesAsync(series, default);
        for (var p = 0; p < People.Length; p++)
        {
            await store.SaveParticipantAsync(new Participant(Guid.NewGuid(), series.Id, $"user-{p}", $"Person {p}", Groups[People[p]], "Gemeinde", null, Start), default);
        }

        for (var f = 0; f < forums.Count; f++)
        {
            for (var i = 0; i < forums[f].Items.Count; i++)
            {
                for (var p = 0; p < People.Length; p++)
                {
                    if (Choices[f][i][p] is { } choice)
                    {
                        await store.UpsertResponseAsync(new Response(forums[f].Items[i].Id, $"key-{p}", null, Groups[People[p]],
                            new ChoiceAnswer([Options[choice]]), Start.AddMinutes(p)), default);
                    }
                }
            }
        }

        var built = await new SeriesReportBuilder(store, new FakeTimeProvider(Start)).BuildAsync(series.Id, default);
        var read = ReportJson.Read(ReportJson.Serialize(built!));
        Assert.Null(read.Error);
        return read.Report!;
    }
}
