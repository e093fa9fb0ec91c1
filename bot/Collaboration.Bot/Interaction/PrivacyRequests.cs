using Collaboration.Bot.Downloads;
using Collaboration.Forums.Privacy;

namespace Collaboration.Bot.Interaction;

/// <summary>
/// "meine daten" and "daten löschen" with its confirmation button: the data subject's rights. The gate lets them
/// through only in the personal chat, because the answer shows personal data nobody else in a chat should see. A configured
/// administrator may name someone else's user id (a request that arrived by letter).
/// </summary>
internal sealed class PrivacyRequests(PrivacyService privacy, SignedDownloads shelf, PublicAddress address, IOptions<BotOptions> options)
{
    public async Task<AdaptiveCard> ExportAsync(BotText text, string? subjectId, TurnInfo turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var subject = SubjectOf(subjectId, turn);
        var export = await privacy.ExportAsync(turn.User, subject, cancellationToken);
        if (!export.Succeeded)
        {
            return NoticeCards.Refusal(text, export.Rejection);
        }

        var file = await shelf.PutAsync("personal-data.json", PersonalDataJson.ToUtf8(export.Value), subject, cancellationToken);
        return PrivacyCards.Export(text, export.Value, address.Resolve(file), options.Value.DownloadLinkLifetime);
    }

    public static AdaptiveCard ConfirmErasure(BotText text, string? subjectId, TurnInfo turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var subject = SubjectOf(subjectId, turn);
        return PrivacyCards.ConfirmErasure(text, subject, forSomeoneElse: !string.Equals(subject, turn.User.Id, StringComparison.Ordinal));
    }

    public async Task<ActionReply> EraseAsync(BotText text, string? subjectId, TurnInfo turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);

        // The subject in the card's data is checked again: only the person or an administrator may erase it.
        var erased = await privacy.EraseAsync(turn.User, SubjectOf(subjectId, turn), cancellationToken);
        // The posted results cards of the series' open forums may count the erased answers: they are refreshed.
        return erased.Succeeded
            ? new ActionReply(PrivacyCards.Erased(text, erased.Value), [], erased.Value.ItemsToRefresh)
            : ActionReply.Only(NoticeCards.Refusal(text, erased.Rejection));
    }

    private static string SubjectOf(string? subjectId, TurnInfo turn) => string.IsNullOrWhiteSpace(subjectId) ? turn.User.Id : subjectId.Trim();
}
