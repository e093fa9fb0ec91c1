namespace Collaboration.EndToEnd.Tests.Stack;

/// <summary>A scenario's failure with the paths of its screenshots and logs in the message.</summary>
public sealed class ScenarioFailedException : Exception
{
    public ScenarioFailedException()
    {
    }

    public ScenarioFailedException(string message)
        : base(message)
    {
    }

    public ScenarioFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
