using System.Text.Json;

namespace Collaboration.Forums.Outbox;

/// <summary>Reads a job's payload; one that cannot be read never will be, so it poisons the message at once.</summary>
public static class OutboxPayload
{
    public static T Read<T>(OutboxEntry entry, Func<string, T> parse)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(parse);
        try
        {
            return parse(entry.Payload);
        }
        catch (JsonException error)
        {
            throw new PermanentJobException($"The {entry.Kind} payload is not readable.", error);
        }
    }
}
