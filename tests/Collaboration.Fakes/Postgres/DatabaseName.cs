namespace Collaboration.Fakes.Postgres;

/// <summary>
/// Database names go into SQL as quoted identifiers (CREATE DATABASE takes no parameters), so they are
/// limited to characters that need no escaping and to PostgreSQL's 63-byte identifier limit.
/// </summary>
internal static class DatabaseName
{
    private const int MaxLength = 63;

    public static void Validate(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.Length > MaxLength || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException(
                $"Database name '{name}' must be 1 to {MaxLength} ASCII letters, digits or underscores.", nameof(name));
        }
    }
}
