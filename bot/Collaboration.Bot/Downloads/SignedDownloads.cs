using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.StaticFiles;

namespace Collaboration.Bot.Downloads;

/// <summary>
/// Files the bot hands out (the executive deck and report, a person's data export): kept in the forum database, which
/// every instance shares, so a link made by one instance downloads through any other; reachable only through a signed
/// link that expires, so a link forwarded by mistake stops working and nobody can guess another file's address.
/// </summary>
internal sealed class SignedDownloads
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly byte[] _key;
    private readonly ISharedFileStore _files;
    private readonly TimeProvider _time;
    private readonly IOptions<BotOptions> _options;

    public SignedDownloads(BotSecret secret, ISharedFileStore files, TimeProvider time, IOptions<BotOptions> options)
    {
        ArgumentNullException.ThrowIfNull(secret);

        // A key of its own, derived from the bot's secret (shared by every instance), so a download signature never
        // doubles as anything else.
        _key = HMACSHA256.HashData(secret.Value, "downloads"u8);
        _files = files;
        _time = time;
        _options = options;
    }

    /// <summary>Stores the file and returns the path and query of its signed link, relative to the bot's public address.</summary>
    /// <param name="subjectId">The user whose personal data the file holds (a data export): their erasure deletes it.</param>
    public async Task<string> PutAsync(string fileName, byte[] content, string? subjectId, CancellationToken cancellationToken) =>
        LinkOf(await StoreAsync(fileName, content, subjectId, cancellationToken));

    /// <summary>Stores the file and returns its signed claim, for a hand-over other than a link (a Teams file consent card).</summary>
    public async Task<ShelvedFile> StoreAsync(string fileName, byte[] content, CancellationToken cancellationToken) =>
        await StoreAsync(fileName, content, subjectId: null, cancellationToken);

    /// <summary>The path and query of the file's signed link.</summary>
    public static string LinkOf(ShelvedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return $"/downloads/{file.Id}/{Uri.EscapeDataString(file.FileName)}?expires={file.Expires}&sig={file.Signature}";
    }

    /// <summary>The file behind a link or a claim that came back from outside (a consent card's context), or why there is none.</summary>
    public async Task<DownloadLookup> FindAsync(string id, string fileName, long expires, string? signature, CancellationToken cancellationToken)
    {
        if (signature is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(id, expires)), Encoding.ASCII.GetBytes(signature)))
        {
            return DownloadLookup.Missing;
        }

        // Checked before the store: an expired file may be gone already, and its link still deserves "expired".
        if (_time.GetUtcNow().ToUnixTimeSeconds() > expires)
        {
            return DownloadLookup.HasExpired;
        }

        if (!Guid.TryParseExact(id, "N", out var key) || await _files.FindAsync(key, cancellationToken) is not { } file
            || !string.Equals(file.FileName, Path.GetFileName(fileName), StringComparison.Ordinal))
        {
            return DownloadLookup.Missing;
        }

        return new DownloadLookup(file, Expired: false);
    }

    private async Task<ShelvedFile> StoreAsync(string fileName, byte[] content, string? subjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var now = _time.GetUtcNow();
        // Files outlive their links by nothing; the retention sweep removes them too when nobody hands out new ones.
        await _files.RemoveExpiredAsync(now, cancellationToken);
        var id = Guid.NewGuid();
        var name = Path.GetFileName(fileName);
        var expiresAt = now.Add(_options.Value.DownloadLinkLifetime);
        var contentType = ContentTypes.TryGetContentType(name, out var type) ? type : "application/octet-stream";
        await _files.AddAsync(new SharedFile(id, name, contentType, content, now, expiresAt, subjectId), cancellationToken);
        var expires = expiresAt.ToUnixTimeSeconds();
        var idText = id.ToString("N");
        return new ShelvedFile(idText, name, expires, Sign(idText, expires), content.LongLength);
    }

    private string Sign(string id, long expires) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(id + "|" + expires.ToString(CultureInfo.InvariantCulture))));
}

/// <summary>A stored file and the signed claim to it: who holds id, expiry and signature may fetch it until it expires.</summary>
internal sealed record ShelvedFile(string Id, string FileName, long Expires, string Signature, long Size);

/// <summary>The file behind a download link; <see cref="File"/> is null for a wrong or expired link.</summary>
internal sealed record DownloadLookup(SharedFile? File, bool Expired)
{
    public static DownloadLookup Missing { get; } = new(null, Expired: false);

    public static DownloadLookup HasExpired { get; } = new(null, Expired: true);
}
