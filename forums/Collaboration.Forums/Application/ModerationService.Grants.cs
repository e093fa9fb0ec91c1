using Collaboration.Forums.Access;

namespace Collaboration.Forums.Application;

/// <summary>
/// Entry points of the moderator's use cases that load the series themselves. The Grant overloads are for an edge
/// that calls them after <see cref="AccessGate"/>: the gate's verdict that the user
/// moderates the series (by the series, or by a meeting role it asked Teams for) stands, so the use case does not
/// refuse a meeting's organiser whom the series itself does not name.
/// </summary>
public sealed partial class ModerationService
{
    public Task<Outcome<ForumStart>> StartForumAsync(Guid seriesId, int number, UserRef user, CancellationToken cancellationToken) =>
        StartForumAsync(seriesId, number, user, granted: false, cancellationToken);

    public Task<Outcome<Forum>> CloseForumAsync(Guid seriesId, int number, UserRef user, CancellationToken cancellationToken) =>
        CloseForumAsync(seriesId, number, user, granted: false, cancellationToken);

    public Task<Outcome<IReadOnlyList<ForumItem>>> CarryOverAsync(Guid seriesId, int forumNumber, UserRef user, CancellationToken cancellationToken) =>
        CarryOverAsync(seriesId, forumNumber, user, granted: false, cancellationToken);

    public Task<Outcome<ForumStart>> StartForumAsync(Grant grant, int number, UserRef user, CancellationToken cancellationToken) =>
        StartForumAsync(SeriesOf(grant), number, user, grant.IsModerator, cancellationToken);

    public Task<Outcome<Forum>> CloseForumAsync(Grant grant, int number, UserRef user, CancellationToken cancellationToken) =>
        CloseForumAsync(SeriesOf(grant), number, user, grant.IsModerator, cancellationToken);

    public Task<Outcome<ForumItem>> OpenItemAsync(Grant grant, Guid itemId, UserRef user, CancellationToken cancellationToken) =>
        ChangeItemAsync(SeriesOf(grant), user, grant.IsModerator, s => s.OpenItem(itemId), cancellationToken);

    public Task<Outcome<ForumItem>> CloseItemAsync(Grant grant, Guid itemId, UserRef user, CancellationToken cancellationToken) =>
        ChangeItemAsync(SeriesOf(grant), user, grant.IsModerator, s => s.CloseItem(itemId), cancellationToken);

    public Task<Outcome<ForumItem>> AddItemAsync(Grant grant, int forumNumber, ItemDraft draft, UserRef user, CancellationToken cancellationToken) =>
        ChangeItemAsync(SeriesOf(grant), user, grant.IsModerator, s => s.AddItem(forumNumber, draft, ids.NewId()), cancellationToken);

    public Task<Outcome<IReadOnlyList<ForumItem>>> CarryOverAsync(Grant grant, int forumNumber, UserRef user, CancellationToken cancellationToken) =>
        CarryOverAsync(SeriesOf(grant), forumNumber, user, grant.IsModerator, cancellationToken);

    private static Guid SeriesOf(Grant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return grant.RequiredSeries.Id;
    }
}
