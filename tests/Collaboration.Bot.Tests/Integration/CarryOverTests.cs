namespace Collaboration.Bot.Tests.Integration;

/// <summary>Forum 2's points item starts from the needs that forum 1's participants supported most.</summary>
public abstract class CarryOverTests : BotTest
{
    private static readonly string[] NeedTexts =
    [
        "Gemeinsame Mobilitätsplattform für Pendler",
        "Schulungen für die Verwaltung",
        "Ein gemeinsames Rechenzentrum",
        "Förderlotse für kleine Gemeinden",
        "Offene Daten zum Nahverkehr",
        "Zuletzt ein Eintrag, den niemand unterstützt",
    ];

    [Fact]
    public async Task Starting_forum_2_lists_the_most_supported_needs_of_forum_1_as_point_options()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var users = NeedTexts.Select((_, i) => TeamsUser.Create($"Teilnehmende {i}")).ToList();
        for (var i = 0; i < NeedTexts.Length; i++)
        {
            await forum.OnboardAsync(users[i]);
            await forum.SubmitNeedAsync(users[i], NeedTexts[i]);
        }

        // The filers' own cards show no ranking while fewer than three have filed; the results card, computed now,
        // lists five entries with one supporter each and their support buttons. Anonymous needs keep only their day,
        // so equal ones are ordered by text: the last text sorts last and is the one left out.
        var results = await Bot.ExecuteAsync(forum.Chat, users[5], "results", new JsonObject { ["itemId"] = forum.ItemId("bedarfe") });
        var needIds = NeedTexts.Take(5).Select(t => NeedId(results, t) ?? string.Empty).ToList();

        // Need i gets 5 - i supporters from the others, so the ranking is the order of NeedTexts and the last one drops out.
        for (var i = 0; i < 5; i++)
        {
            foreach (var supporter in users.Where((_, j) => j != i).Take(5 - i))
            {
                var supported = await Bot.ExecuteAsync(forum.Chat, supporter, "supportNeed", new JsonObject { ["needId"] = needIds[i] });
                Assert.Contains("Danke, Ihre Unterstützung ist gezählt.", CardReader.Text(supported), StringComparison.Ordinal);
            }
        }

        await forum.SayAsync(forum.Moderator, "forum schließen 1");
        var started = await forum.SayAsync(forum.Moderator, "forum starten 2");

        var points = started.Single(p => p.ItemId is not null && p.Text.Contains(BuiltInSeries.Item(2, "leistungen").Prompt!.De!, StringComparison.Ordinal)).Text;
        var positions = NeedTexts.Take(5).Select(t => points.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0, points));
        Assert.Equal(positions.Order(), positions);
        Assert.DoesNotContain(NeedTexts[5], points, StringComparison.Ordinal);
    }

    private static string? NeedId(JsonNode card, string needText) =>
        CardReader.Elements(card, "ColumnSet")
            .Where(c => CardReader.Text(c).Contains(needText, StringComparison.Ordinal))
            .SelectMany(c => CardReader.DataValues(c, "needId"))
            .FirstOrDefault();
}

public sealed class CarryOverOnSqliteTests : CarryOverTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class CarryOverOnPostgresTests(PostgresFixture postgres) : CarryOverTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
