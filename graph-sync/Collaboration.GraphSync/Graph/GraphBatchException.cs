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

    /// <param name="status">The refused request's status inside the batch; 0 when the batch answer held none for it.</param>
    public GraphBatchException(int status, TimeSpan? retryAfter, string message)
        : base(message)
    {
        Status = status;
        RetryAfter = retryAfter;
    }

    public int Status { get; }

    public TimeSpan? RetryAfter { get; }
}
