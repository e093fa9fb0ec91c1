using Collaboration.Forums.Application;

namespace Collaboration.Seeding;

/// <summary>Ids 1, 2, 3, ... in the last bytes, so a test can name the id a use case will give what it creates.</summary>
public sealed class CountingIds : IIdSource
{
    private long _last;

    public Guid NewId() => For(Interlocked.Increment(ref _last));

    public static Guid For(long number) => new($"00000000-0000-0000-0000-{number:x12}");
}
