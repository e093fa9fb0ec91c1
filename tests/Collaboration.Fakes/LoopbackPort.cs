using System.Net;
using System.Net.Sockets;

namespace Collaboration.Fakes;

/// <summary>
/// Asks the kernel for a free loopback port. Another process may take it before the caller binds it,
/// so callers that cannot bind port 0 themselves (PostgreSQL) retry with a fresh port on failure.
/// </summary>
internal static class LoopbackPort
{
    public static int PickFree()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
