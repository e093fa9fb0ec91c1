namespace Collaboration.Forums.Privacy;

/// <summary>
/// What to erase: every row keyed by <paramref name="UserId"/>, the profiles <paramref name="ParticipantIds"/>, and every
/// answer, need and support stored under one of <paramref name="RespondentKeys"/> (the named keys and the keyed hashes
/// of the person's anonymous answers, which only the holder of the anonymity key can compute).
/// </summary>
/// <param name="JobId">The id of the outbox message that cleans SharePoint up afterwards.</param>
public sealed record ErasureRequest(
    string UserId,
    IReadOnlyCollection<Guid> ParticipantIds,
    IReadOnlyCollection<string> RespondentKeys,
    Guid JobId,
    DateTimeOffset RequestedAt);

/// <summary>What an erasure removed, for the confirmation card; counts only, no content.</summary>
public sealed record ErasureReceipt(int Profiles, int Answers, int NeedsRemoved, int NeedsKeptWithoutAuthor, int Supports, int Deliveries,
    int ForumsToReArchive)
{
    public bool NothingFound => Profiles + Answers + NeedsRemoved + NeedsKeptWithoutAuthor + Supports + Deliveries == 0;

    /// <summary>
    /// The items of forums still open in the person's series: their posted results cards may count the erased answers
    /// and are refreshed, so the chat does not go on showing them.
    /// </summary>
    public IReadOnlyList<Guid> ItemsToRefresh { get; init; } = [];
}
