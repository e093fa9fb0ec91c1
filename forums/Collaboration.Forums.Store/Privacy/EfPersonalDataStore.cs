using Collaboration.Forums.Answers;
using Collaboration.Forums.Participants;
using Collaboration.Forums.Privacy;
using Collaboration.Forums.Store.Mapping;

namespace Collaboration.Forums.Store.Privacy;

/// <summary>
/// Export and erasure of one person's rows. The export reads in one transaction, so it is one consistent picture;
/// the erasure (<see cref="PersonalDataEraser"/>) writes in one.
/// </summary>
internal sealed class EfPersonalDataStore(IDbContextFactory<ForumDbContext> contexts, KeptParticipants kept, KeptBindings bindings) : IPersonalDataStore
{
    public async Task<IReadOnlyList<Participant>> GetProfilesAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entities = await db.Participants.AsNoTracking().Where(p => p.UserId == userId).OrderBy(p => p.JoinedAt).ToListAsync(cancellationToken);
        return [.. entities.Select(AnswerMapping.ToDomain)];
    }

    public async Task<PersonalDataExport> ExportAsync(string userId, DateTimeOffset exportedAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(
            (db, userId, exportedAt),
            static async (_, state, ct) =>
            {
                var (db, userId, exportedAt) = state;
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var export = await new PersonalDataReader(db, userId).ReadAsync(exportedAt, ct);
                await transaction.CommitAsync(ct);
                return export;
            },
            verifySucceeded: null,
            cancellationToken);
    }

    public async Task<ErasureReceipt> EraseAsync(ErasureRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var receipt = await db.Database.CreateExecutionStrategy().ExecuteAsync(
            (db, request),
            static async (_, state, ct) =>
            {
                await using var transaction = await state.db.Database.BeginTransactionAsync(ct);
                var receipt = await new PersonalDataEraser(state.db, state.request).EraseAsync(ct);
                await transaction.CommitAsync(ct);
                return receipt;
            },
            verifySucceeded: null,
            cancellationToken);
        // The rows are gone from the database; this instance's copies for votes go with them.
        kept.ForgetUser(request.UserId);
        bindings.ForgetAll();
        return receipt;
    }
}
