namespace Collaboration.Forums.Ports;

/// <summary>
/// Why the gate let an action touch <paramref name="SeriesId"/> from <paramref name="ConversationId"/>, when it decided
/// that on this instance's kept copy instead of a read: the conversation is bound to the series, or (a personal chat)
/// the series sent an item into it. A vote carries it into its write, whose transaction checks that it still holds
/// (<see cref="IForumStore.UpsertOpenResponseAsync(Response, ForumSeries, Participants.Participant, ConversationTie?, CancellationToken)"/>);
/// if not, nothing is written and the vote goes through the gate again on fresh reads.
/// </summary>
/// <param name="SentInto">True: a private send reached the personal chat; false: the conversation is bound to the series.</param>
public sealed record ConversationTie(string ConversationId, Guid SeriesId, bool SentInto);
