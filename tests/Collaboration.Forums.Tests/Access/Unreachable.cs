using System.Reflection;

namespace Collaboration.Forums.Tests.Access;

/// <summary>
/// A store the code under test must not touch: any call fails the test. The add-in's reach has no conversation, so
/// asking the conversation or fan-out stores anything would mean a chat's series leaked into it.
/// </summary>
public class Unreachable<T> : DispatchProxy
    where T : class
{
    public static T Create() => Create<T, Unreachable<T>>();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        throw new InvalidOperationException($"{typeof(T).Name}.{targetMethod?.Name} was asked, and must not be.");
}
