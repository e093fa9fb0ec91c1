using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Collaboration.Fixtures;

/// <summary>Starts the real host where it must refuse to start, and returns why it refused.</summary>
public static class HostStart
{
    /// <summary>
    /// WebApplicationFactory runs Program on a thread of its own; when the host fails at start, its DeferredHost now and
    /// then asks the already disposed host for a service and reports ObjectDisposedException instead of why the start
    /// failed (seen on idle and on loaded machines). Such a start is tried again with a new factory: every try must fail,
    /// and the first failure that says why is returned.
    /// </summary>
    public static Exception Failure<TEntryPoint>(Func<WebApplicationFactory<TEntryPoint>> factory)
        where TEntryPoint : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        Exception failure = null!;
        for (var attempt = 0; attempt < 3 && failure is null or ObjectDisposedException; attempt++)
        {
            using var host = factory();
            failure = Assert.ThrowsAny<Exception>(() => host.Server);
        }

        return failure;
    }

    /// <summary>The messages of the failure and its inner exceptions, joined.</summary>
    public static string Messages(Exception failure)
    {
        var messages = new List<string>();
        for (var e = failure; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }

        return string.Join(" | ", messages);
    }
}
