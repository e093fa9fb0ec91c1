namespace Collaboration.GraphSync.Graph;

/// <summary>A request inside a JSON batch that Graph refused, or that stayed throttled after every retry.</summary>
public sealed class GraphBatchException : Exception
{
    public GraphBatchException()
    {
    }

    public GraphBatchException(string message)
        : base(message)
    {
    }

    public GraphBatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
