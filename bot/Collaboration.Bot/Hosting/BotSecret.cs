namespace Collaboration.Bot.Hosting;

/// <summary>The bot's secret (see <see cref="AnonymitySecret"/>); keys for anonymity and download links derive from it.</summary>
internal sealed record BotSecret(byte[] Value);
