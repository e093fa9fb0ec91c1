using System.Text;

namespace Collaboration.Forums.Store.Tests;

/// <summary>Served files: every instance reads them, the retention sweep removes expired ones, erasure removes a person's export.</summary>
public abstract partial class StoreContract
{
    [Fact]
    public async Task A_file_stored_by_one_instance_reads_back_byte_for_byte_on_the_other()
    {
        var (first, second) = await CreateTwoInstancesAsync();
        await using (first)
        await using (second)
        {
            var content = Enumerable.Range(0, 300_000).Select(i => (byte)(i * 7)).ToArray();
            var file = new SharedFile(Guid.NewGuid(), "ergebnisbericht.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                content, T0, T0.AddHours(1), SubjectId: null);

            await first.Services.GetRequiredService<ISharedFileStore>().AddAsync(file, Ct);
            var read = await second.Services.GetRequiredService<ISharedFileStore>().FindAsync(file.Id, Ct);

            Assert.NotNull(read);
            Assert.Equal((file.FileName, file.ContentType, file.CreatedAt, file.ExpiresAt), (read.FileName, read.ContentType, read.CreatedAt, read.ExpiresAt));
            Assert.Equal(content, read.Content);
        }
    }

    [Fact]
    public async Task The_retention_sweep_removes_expired_files_and_keeps_the_others()
    {
        await using var store = await CreateStoreAsync();
        var files = store.Services.GetRequiredService<ISharedFileStore>();
        var clock = new FakeTimeProvider(T0);
        var shortLived = FileOf(expiresAt: T0.AddHours(1), subjectId: null);
        var longLived = FileOf(expiresAt: T0.AddDays(2), subjectId: null);
        await files.AddAsync(shortLived, Ct);
        await files.AddAsync(longLived, Ct);

        clock.Advance(TimeSpan.FromHours(2));
        var report = await new RetentionSweeper(store.Services.GetRequiredService<IRetentionStore>(), clock).SweepAsync(OutboxKeep, Ct);

        Assert.Equal(1, report.FilesRemoved);
        Assert.Null(await files.FindAsync(shortLived.Id, Ct));
        Assert.NotNull(await files.FindAsync(longLived.Id, Ct));
    }

    [Fact]
    public async Task Erasure_deletes_the_persons_waiting_data_export_and_no_other_file()
    {
        await using var store = await CreateStoreAsync();
        var world = await PrivacyWorld.CreateAsync(store);
        var files = store.Services.GetRequiredService<ISharedFileStore>();
        var annasExport = FileOf(T0.AddDays(400), AnnaId);
        var report = FileOf(T0.AddDays(400), subjectId: null);
        await files.AddAsync(annasExport, Ct);
        await files.AddAsync(report, Ct);

        var erased = await world.Service.EraseAsync(new UserRef(AnnaId, AnnaName), AnnaId, Ct);

        Assert.True(erased.Succeeded);
        Assert.Null(await files.FindAsync(annasExport.Id, Ct));
        Assert.NotNull(await files.FindAsync(report.Id, Ct));
    }

    private static SharedFile FileOf(DateTimeOffset expiresAt, string? subjectId) =>
        new(Guid.NewGuid(), "personal-data.json", "application/json", Encoding.UTF8.GetBytes("{\"name\":\"" + AnnaName + "\"}"), T0, expiresAt, subjectId);
}
