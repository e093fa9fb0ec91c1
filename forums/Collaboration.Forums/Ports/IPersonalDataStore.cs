using Collaboration.Forums.Participants;
using Collaboration.Forums.Privacy;

namespace Collaboration.Forums.Ports;

/// <summary>Reads and erases everything stored about one person, by the user id the bot keys them under.</summary>
public interface IPersonalDataStore
{
    /// <summary>The person's onboarding declarations, one per series they joined.</summary>
    Task<IReadOnlyList<Participant>> GetProfilesAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Everything linked to the person by id (never by computing anonymous keys), in one read snapshot.</summary>
    Task<PersonalDataExport> ExportAsync(string userId, DateTimeOffset exportedAt, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <see cref="ErasureRules"/> to the person's rows in one transaction and adds the "erase-person-archive"
    /// outbox message in the same transaction, so the SharePoint clean-up is never lost and never runs for an erasure
    /// that rolled back.
    /// </summary>
    Task<ErasureReceipt> EraseAsync(ErasureRequest request, CancellationToken cancellationToken);
}
