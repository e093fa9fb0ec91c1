namespace Collaboration.Forums.Application;

/// <summary>
/// The production ids: UUID version 7, whose leading bits are the creation time, so rows written together lie
/// together in the stores' indexes instead of scattered as random ids would.
/// </summary>
public sealed class Version7Ids(TimeProvider time) : IIdSource
{
    public Guid NewId() => Guid.CreateVersion7(time.GetUtcNow());
}
