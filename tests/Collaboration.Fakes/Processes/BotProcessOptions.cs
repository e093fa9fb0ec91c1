namespace Collaboration.Fakes.Processes;

/// <summary>
/// How to start a built bot: which one, its database, extra configuration, and where its output goes. The same
/// options start it again after a kill, so a restart finds the same database and the same anonymity secret.
/// </summary>
public sealed record BotProcessOptions
{
    /// <summary>The project folder below the repository root: the product bot, or the simulator's bare baseline bot.</summary>
    public string Project { get; init; } = "bot/Collaboration.Bot";

    /// <summary>"Sqlite" or "Postgres" (ForumStore:Provider); none for a bot without a store (the baseline) or one given in <see cref="Settings"/>.</summary>
    public string? StoreProvider { get; init; }

    /// <summary>ForumStore:ConnectionString; for SQLite give an absolute file path, the content root is the bot's bin folder.</summary>
    public string? StoreConnectionString { get; init; }

    /// <summary>The file that receives the bot's console output, every run appended after the previous one.</summary>
    public required string LogPath { get; init; }

    /// <summary>
    /// More configuration as the bot's keys (e.g. "Bot:CardUpdateInterval" or "Bot__CardUpdateInterval"), passed as
    /// environment variables.
    /// No Bot:MicrosoftAppId and Bot:AllowUnauthenticated=true: authentication is off, as the tests need.
    /// </summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// ASPNETCORE_ENVIRONMENT. Development by default: the only environment in which the bot runs without an app id
    /// (Bot:AllowUnauthenticated); a Production bot refuses to start without one.
    /// </summary>
    public string Environment { get; init; } = "Development";

    /// <summary>How long a start may take until /health/ready answers (migrations included) on a busy machine.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(90);
}
