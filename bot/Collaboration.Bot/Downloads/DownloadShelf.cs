using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Collaboration.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace Collaboration.Bot.Downloads;

/// <summary>
/// Files the bot hands out (the executive deck and report) until graph-sync stores them in SharePoint: kept in the
/// data folder and reachable only through a signed link that expires, so a link forwarded by mistake stops working
/// and nobody can guess another file's address.
/// </summary>
internal sealed class DownloadShelf
{
    private readonly string _folder;
    private readonly byte[] _key;
    private readonly TimeProvider _time;
    private readonly IOptions<BotOptions> _options;

    public DownloadShelf(BotSecret secret, IWebHostEnvironment environment, TimeProvider time, IOptions<BotOptions> options)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(environment);

        // A key of its own, derived from the bot's secret, so a download signature never doubles as anything else.
        _key = HMACSHA256.HashData(secret.Value, "downloads"u8);
        _folder = Path.Combine(environment.ContentRootPath, "data", "downloads");
        _time = time;
        _options = options;
    }

    /// <summary>Stores the file and returns the path and query of its signed link, relative to the bot's public address.</summary>
    public async Task<string> PutAsync(string fileName, byte[] content, CancellationToken cancellationToken) =>
        LinkOf(await StoreAsync(fileName, content, cancellationToken));

    /// <summary>Stores the file and returns its signed claim, for a hand-over other than a link (a Teams file consent card).</summary>
    public async Task<ShelvedFile> StoreAsync(string fileName, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        RemoveExpired();
        var id = Guid.NewGuid().ToString("N");
        var name = Path.GetFileName(fileName);
        var folder = Path.Combine(_folder, id);
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, name), content, cancellationToken);
        var expires = _time.GetUtcNow().Add(_options.Value.DownloadLinkLifetime).ToUnixTimeSeconds();
        return new ShelvedFile(id, name, expires, Sign(id, expires), content.LongLength);
    }

    /// <summary>The path and query of the file's signed link.</summary>
    public static string LinkOf(ShelvedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return $"/downloads/{file.Id}/{Uri.EscapeDataString(file.FileName)}?expires={file.Expires}&sig={file.Signature}";
    }

    /// <summary>The bytes behind a claim that came back from outside (a consent card's context), or why there are none.</summary>
    public async Task<(byte[]? Content, DownloadLookup Lookup)> ReadAsync(string id, string fileName, long expires, string? signature, CancellationToken cancellationToken)
    {
        var found = Find(id, fileName, expires, signature);
        return found.Path is null ? (null, found) : (await File.ReadAllBytesAsync(found.Path, cancellationToken), found);
    }

    /// <summary>The stored file for a link, or why there is none.</summary>
    public DownloadLookup Find(string id, string fileName, long expires, string? signature)
    {
        if (signature is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(id, expires)), Encoding.ASCII.GetBytes(signature)))
        {
            return new DownloadLookup(null, Expired: false);
        }

        if (_time.GetUtcNow().ToUnixTimeSeconds() > expires)
        {
            return new DownloadLookup(null, Expired: true);
        }

        var path = Path.Combine(_folder, id, Path.GetFileName(fileName));
        return new DownloadLookup(Guid.TryParseExact(id, "N", out _) && File.Exists(path) ? path : null, Expired: false);
    }

    private string Sign(string id, long expires) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(id + "|" + expires.ToString(CultureInfo.InvariantCulture))));

    /// <summary>Files outlive their links by nothing: whatever is older than a link's lifetime goes.</summary>
    private void RemoveExpired()
    {
        if (!Directory.Exists(_folder))
        {
            return;
        }

        var cutoff = _time.GetUtcNow().Subtract(_options.Value.DownloadLinkLifetime).UtcDateTime;
        foreach (var folder in new DirectoryInfo(_folder).EnumerateDirectories().Where(d => d.CreationTimeUtc < cutoff))
        {
            folder.Delete(recursive: true);
        }
    }
}

/// <summary>A stored file and the signed claim to it: who holds id, expiry and signature may fetch it until it expires.</summary>
internal sealed record ShelvedFile(string Id, string FileName, long Expires, string Signature, long Size);

/// <summary>The file behind a download link; <see cref="Path"/> is null for a wrong or expired link.</summary>
internal sealed record DownloadLookup(string? Path, bool Expired);
