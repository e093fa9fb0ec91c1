namespace Collaboration.GraphSync.Jobs;

/// <summary>A Graph request that failed after the SDK's own retries; the message names Graph's status, code and text.</summary>
public sealed class GraphRequestException : Exception
{
    public GraphRequestException()
    {
    }

    public GraphRequestException(string message)
        : base(message)
    {
    }

    public GraphRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
