using System.Security.Cryptography;

namespace Collaboration.Bot.Hosting;

/// <summary>
/// The secret behind anonymous answers' keys. Configured (Bot:AnonymitySecret, base64) for several instances,
/// which must share it; otherwise generated once into the data folder, outside the database.
/// </summary>
internal static class AnonymitySecret
{
    private const int Bytes = 32;

    public static byte[] Load(BotOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.AnonymitySecret))
        {
            var configured = Convert.FromBase64String(options.AnonymitySecret);
            return configured.Length >= Bytes
                ? configured
                : throw new InvalidOperationException($"Bot:AnonymitySecret must be base64 of at least {Bytes} bytes.");
        }

        var path = Path.Combine(contentRoot, "data", "anonymity.key");
        if (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var secret = RandomNumberGenerator.GetBytes(Bytes);
        File.WriteAllBytes(path, secret);
        return secret;
    }
}
