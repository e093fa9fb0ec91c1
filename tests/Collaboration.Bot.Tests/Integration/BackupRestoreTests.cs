using DocumentFormat.OpenXml.Packaging;
using Microsoft.Data.Sqlite;

namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// Issue #16, item 6: the backup runbook (docs/backup-restore.md) works. A series is run through the bot, the database is
/// backed up while the bot runs, restored into a new database, and a bot started on the copy (with the same key) gives
/// the same report and takes further votes.
/// </summary>
[Collection(PostgresFixture.Collection)]
public sealed class BackupRestoreTests(PostgresFixture postgres) : IDisposable
{
    private readonly DirectoryInfo _backups = Directory.CreateTempSubdirectory("collab-backup-");

    [Fact]
    public async Task A_postgres_dump_restored_into_a_new_database_gives_the_same_report_and_takes_votes()
    {
        await using var original = await ThrowAwayStore.PostgresAsync(postgres);
        var dump = Path.Combine(_backups.FullName, "forums.dump");

        await BackUpAndRestoreAsync(original, async () =>
        {
            await PostgresBackup.DumpAsync(original.ConnectionString, dump);
            var restored = await postgres.CreateDatabaseAsync("restored_" + Guid.NewGuid().ToString("N"));
            await PostgresBackup.RestoreAsync(restored, dump);
            return ThrowAwayStore.PostgresAt(restored);
        });
    }

    [Fact]
    public async Task A_sqlite_online_backup_gives_the_same_report_and_takes_votes()
    {
        await using var original = ThrowAwayStore.Sqlite();
        var copy = Path.Combine(_backups.FullName, "forums-backup.db");

        await BackUpAndRestoreAsync(original, async () =>
        {
            // VACUUM INTO writes a consistent copy while the bot keeps running (docs/backup-restore.md).
            await using (var connection = new SqliteConnection(original.ConnectionString))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "VACUUM INTO $path";
                command.Parameters.AddWithValue("$path", copy);
                await command.ExecuteNonQueryAsync();
            }

            return ThrowAwayStore.SqliteAt(copy);
        });
    }

    public void Dispose() => _backups.Delete(recursive: true);

    private static async Task BackUpAndRestoreAsync(ThrowAwayStore original, Func<Task<ThrowAwayStore>> backUpAndRestore)
    {
        await using var bot = await BotHost.StartAsync(original);
        var forum = await RunningForum.StartAsync(bot);
        var participants = Enumerable.Range(1, 3).Select(i => TeamsUser.Create($"Teilnehmerin {i}")).ToList();
        foreach (var (participant, rating) in participants.Zip([5, 4, 4]))
        {
            await forum.OnboardAsync(participant);
            await forum.RateAsync(participant, "bedeutung", rating);
        }

        var before = await ReportTextAsync(bot, forum);

        // Backed up while the original bot still runs, as a nightly backup would.
        await using var restoredStore = await backUpAndRestore();
        await using var restored = await BotHost.StartAsync(restoredStore, connector: bot.Connector);
        var onCopy = forum.Through(restored);

        Assert.Equal(before, await ReportTextAsync(restored, onCopy));
        // The copy is a working database: a participant of the original series changes her vote on it, and the change
        // replaces her answer (the same respondent key, so the same key) instead of adding a fourth.
        var answersBefore = Answers(await DatabaseDump.ReadAsync(restoredStore));
        await onCopy.RateAsync(participants[0], "bedeutung", 1);
        var answersAfter = Answers(await DatabaseDump.ReadAsync(restoredStore));
        Assert.Equal(3, answersAfter.Count);
        Assert.NotEqual(answersBefore, answersAfter);
    }

    private static List<string> Answers(DatabaseDump dump) =>
        [.. dump.Rows("responses").Select(r => r["respondent_key"] + "=" + r["answer"]).Order(StringComparer.Ordinal)];

    private static async Task<string> ReportTextAsync(BotHost bot, RunningForum forum)
    {
        var links = ExecutiveLinks.Of(await ExecutiveLinks.ForModeratorAsync(bot, forum));
        using var report = await bot.GetAsync(links[1]);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        using var word = WordprocessingDocument.Open(new MemoryStream(await report.Content.ReadAsByteArrayAsync()), false);
        return word.MainDocumentPart!.Document!.InnerText;
    }
}
