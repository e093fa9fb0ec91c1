namespace Collaboration.Forums.Application;

/// <summary>
/// Where new series, items, participants, needs and jobs get their ids. Injected like the clock, so a use case never
/// draws an id of its own and a test can know the ids it will see.
/// </summary>
public interface IIdSource
{
    Guid NewId();
}
