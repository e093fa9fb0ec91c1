using Collaboration.Forums.Participants;

namespace Collaboration.Bot.Hosting;

/// <summary>
/// Stops the host at start when its anonymity key is not the one the database was started with: a lost or
/// replaced key would silently file a person's re-vote under a new hash, so anonymous answers would count twice.
/// The first start on a database records the key's check value.
/// </summary>
internal sealed partial class AnonymityKeyGuard(LoadedSecret secret, IKeyCheckStore checks, ILogger<AnonymityKeyGuard> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (secret.ReadableByOthers is { } open)
        {
            Log.ReadableByOthers(logger, open);
        }

        var outcome = await AnonymityKeyCheck.VerifyAsync(checks, secret.Value, cancellationToken);
        if (outcome != KeyCheckOutcome.Differs)
        {
            Log.Checked(logger, outcome, secret.Source);
            return;
        }

        if (secret.CreatedFile is { } created)
        {
            // A key made up just now can never be the right one; leaving it would hide that the real one is missing.
            File.Delete(created);
            throw new InvalidOperationException(
                $"The anonymity key is missing: {created} did not exist, but this database's anonymous answers were keyed with a key " +
                $"(table key_checks). Put that key file back there, or set {BotOptions.Section}:{nameof(BotOptions.AnonymityKeyFile)} or " +
                $"{BotOptions.Section}:{nameof(BotOptions.AnonymitySecret)} to it. A new key would make re-votes count twice.");
        }

        throw new InvalidOperationException(
            $"The anonymity key from {secret.Source} is not the one this database was started with (table key_checks). Set " +
            $"{BotOptions.Section}:{nameof(BotOptions.AnonymitySecret)} or {BotOptions.Section}:{nameof(BotOptions.AnonymityKeyFile)} to that key; " +
            "every instance on this database needs the same one. A new key would make re-votes count twice.");
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Events without an EventId get one derived from their name: EventName keeps the name, and so the id, they had
    // before they moved into Log.
    private static partial class Log
    {
        [LoggerMessage(EventName = "LogReadableByOthers", Level = LogLevel.Warning, Message = "The anonymity key file {Path} is readable by other users and could not be narrowed to its owner; whoever reads it and the database can name the authors of anonymous answers")]
        public static partial void ReadableByOthers(ILogger logger, string path);

        [LoggerMessage(EventName = "LogChecked", Level = LogLevel.Information, Message = "Anonymity key from {Source}: {Outcome}")]
        public static partial void Checked(ILogger logger, KeyCheckOutcome outcome, string source);
    }
}
