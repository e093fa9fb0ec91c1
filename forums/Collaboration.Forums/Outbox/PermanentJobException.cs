namespace Collaboration.Forums.Outbox;

/// <summary>A failure no retry can fix (the forum was deleted, the payload is unreadable): the message is poisoned at once.</summary>
public sealed class PermanentJobException : Exception
{
    public PermanentJobException()
    {
    }

    public PermanentJobException(string message)
        : base(message)
    {
    }

    public PermanentJobException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
