using Collaboration.Forums.Application;
using Collaboration.Forums.Participants;

namespace Collaboration.Forums.Privacy;

/// <summary>
/// The data subject's rights: access and portability (export) and erasure, for oneself or, by a configured
/// administrator, for someone whose request arrived by letter. The rules of an erasure are in <see cref="ErasureRules"/>.
/// </summary>
public sealed class PrivacyService(IPersonalDataStore personalData, IForumStore forums, RespondentKeys respondentKeys, PrivacyOptions options,
    TimeProvider time, IIdSource ids)
{
    /// <summary>Everything stored about <paramref name="subjectId"/>; only they or an administrator may ask.</summary>
    public async Task<Outcome<PersonalDataExport>> ExportAsync(UserRef actor, string subjectId, CancellationToken cancellationToken)
    {
        if (Refusal(actor, subjectId) is { } refusal)
        {
            return refusal;
        }

        return Outcome<PersonalDataExport>.Success(await personalData.ExportAsync(subjectId, time.GetUtcNow(), cancellationToken));
    }

    /// <summary>Erases <paramref name="subjectId"/>'s data in one transaction and queues the SharePoint clean-up.</summary>
    public async Task<Outcome<ErasureReceipt>> EraseAsync(UserRef actor, string subjectId, CancellationToken cancellationToken)
    {
        if (Refusal(actor, subjectId) is { } refusal)
        {
            return refusal;
        }

        var profiles = await personalData.GetProfilesAsync(subjectId, cancellationToken);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var openItems = new List<Guid>();
        foreach (var profile in profiles)
        {
            // The keyed hashes are computed here, in memory, only to find the rows to delete; they are stored nowhere.
            var series = await forums.GetSeriesAsync(profile.SeriesId, cancellationToken);
            foreach (var forum in series?.Forums ?? [])
            {
                foreach (var item in forum.Items)
                {
                    keys.Add(respondentKeys.For(item, profile));
                }

                openItems.AddRange(forum.Status == ForumStatus.Open ? forum.Items.Select(i => i.Id) : []);
            }
        }

        var request = new ErasureRequest(subjectId, [.. profiles.Select(p => p.Id)], keys, ids.NewId(), time.GetUtcNow());
        var receipt = await personalData.EraseAsync(request, cancellationToken);
        return Outcome<ErasureReceipt>.Success(receipt with { ItemsToRefresh = openItems });
    }

    public bool IsAdministrator(string userId) => options.AdministratorIds.Contains(userId, StringComparer.Ordinal);

    private Rejection? Refusal(UserRef actor, string subjectId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectId);
        return string.Equals(actor.Id, subjectId, StringComparison.Ordinal) || IsAdministrator(actor.Id)
            ? null
            : new Rejection(RejectionCode.NotPrivacyAdministrator);
    }
}
