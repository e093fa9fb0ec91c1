using System.Security.Cryptography;

namespace Collaboration.Bot.Hosting;

/// <summary>
/// Finds the secret behind anonymous answers' keys: <c>Bot:AnonymitySecret</c> (base64), else the file
/// <c>Bot:AnonymityKeyFile</c>, else the per-user file <see cref="DefaultFile"/>, created at first start. Never in the
/// data folder: a copy of the database (a backup, a file handed to support) must not carry the key along. A database
/// shared by several instances needs the key configured, or each instance would make its own.
/// </summary>
internal static class AnonymitySecret
{
    public const int Bytes = 32;

    private const string SecretKey = BotOptions.Section + ":" + nameof(BotOptions.AnonymitySecret);
    private const string FileKey = BotOptions.Section + ":" + nameof(BotOptions.AnonymityKeyFile);

    /// <summary>The default key file under the user's configuration folder ($XDG_CONFIG_HOME or ~/.config; %APPDATA% on Windows).</summary>
    public static string DefaultFile(string userConfigFolder) => Path.Combine(userConfigFolder, "collaboration", "anonymity.key");

    /// <param name="sharedDatabase">The database is a server that several instances may share (PostgreSQL).</param>
    /// <param name="userConfigFolder">Environment.SpecialFolder.ApplicationData; empty when the user has none.</param>
    public static LoadedSecret Load(BotOptions options, bool sharedDatabase, string contentRoot, string userConfigFolder)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.AnonymitySecret))
        {
            return new LoadedSecret(Decode(options.AnonymitySecret), SecretKey, CreatedFile: null);
        }

        if (!string.IsNullOrWhiteSpace(options.AnonymityKeyFile))
        {
            return FromFile(Path.GetFullPath(options.AnonymityKeyFile, contentRoot), FileKey);
        }

        if (sharedDatabase)
        {
            throw new InvalidOperationException(
                $"The forum store is PostgreSQL, which several instances may share, so they must share one anonymity key: set {SecretKey} (base64 of " +
                $"at least {Bytes} bytes) or {FileKey} (a file of at least {Bytes} random bytes) for every instance.");
        }

        if (string.IsNullOrEmpty(userConfigFolder))
        {
            throw new InvalidOperationException($"This user has no configuration folder (HOME or XDG_CONFIG_HOME) for the anonymity key: set {FileKey} or {SecretKey}.");
        }

        var path = DefaultFile(userConfigFolder);
        MoveLegacyFile(Path.Combine(contentRoot, "data", "anonymity.key"), path);
        return FromFile(path, $"{path} (default of {FileKey})");
    }

    private static byte[] Decode(string base64)
    {
        byte[] secret;
        try
        {
            secret = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{SecretKey} must be base64 of at least {Bytes} bytes.");
        }

        return secret.Length >= Bytes ? secret : throw new InvalidOperationException($"{SecretKey} must be base64 of at least {Bytes} bytes.");
    }

    private static LoadedSecret FromFile(string path, string source)
    {
        if (KeyFile.TryRead(path, out var stillOpen) is { } existing)
        {
            return existing.Length >= Bytes
                ? new LoadedSecret(existing, source, CreatedFile: null) { ReadableByOthers = stillOpen ? path : null }
                : throw new InvalidOperationException($"The anonymity key file {path} ({source}) holds fewer than {Bytes} bytes.");
        }

        var created = RandomNumberGenerator.GetBytes(Bytes);
        // Another process may have created it in between: then its key is the one to use.
        return KeyFile.TryCreate(path, created)
            ? new LoadedSecret(created, source, CreatedFile: path)
            : new LoadedSecret(KeyFile.TryRead(path) ?? throw new InvalidOperationException($"The anonymity key file {path} vanished while it was read."), source, null);
    }

    /// <summary>
    /// Earlier versions kept the key in the data folder. Moved once to the new place, so an upgraded installation keeps
    /// its key (and its database's check value matches) instead of starting over with a new one.
    /// </summary>
    private static void MoveLegacyFile(string legacy, string path)
    {
        if (KeyFile.TryRead(legacy) is not { } old)
        {
            return;
        }

        if (KeyFile.TryRead(path) is { } current)
        {
            if (!current.AsSpan().SequenceEqual(old))
            {
                throw new InvalidOperationException(
                    $"Two anonymity keys: {legacy} (of an earlier version) and {path}. Keep the one this database was started with: set {FileKey} to it, or delete the other.");
            }
        }
        else if (!KeyFile.TryCreate(path, old))
        {
            throw new InvalidOperationException($"The anonymity key file {path} appeared while {legacy} was moved there; start again.");
        }

        File.Delete(legacy);
    }
}

/// <summary>The anonymity secret and where it came from; <paramref name="CreatedFile"/> is set when this start generated it.</summary>
internal sealed record LoadedSecret(byte[] Value, string Source, string? CreatedFile)
{
    /// <summary>The key file, when others may read it and it could not be narrowed to its owner.</summary>
    public string? ReadableByOthers { get; init; }
}
