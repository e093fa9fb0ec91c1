using Collaboration.Forums.Application;

namespace Collaboration.Seeding;

/// <summary>
/// The three use-case services wired over one store as the bot's composition root wires them, for tests and
/// simulations that play moderator and participants in one sequence.
/// </summary>
public sealed class ForumUseCases
{
    public ForumUseCases(IForumStore store, RespondentKeys respondentKeys, ModerationOptions moderation, TimeProvider time, RecentResults? recentResults = null, IIdSource? ids = null)
    {
        ids ??= new Version7Ids(time);
        Results = new ResultsService(store, respondentKeys, recentResults);
        Moderation = new ModerationService(store, Results, moderation, time, ids);
        Participation = new ParticipationService(store, respondentKeys, Results, time, ids);
    }

    public ModerationService Moderation { get; }

    public ParticipationService Participation { get; }

    public ResultsService Results { get; }
}
