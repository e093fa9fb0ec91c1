namespace Collaboration.Bot.Interaction;

/// <summary>
/// A file offered through a Teams file consent card: when the user accepts, Teams opens an upload session in their
/// OneDrive and the bot uploads the file there. <see cref="Claim"/> travels as the card's context and comes back.
/// </summary>
internal sealed record FileOffer(string FileName, long SizeInBytes, string Description, FileClaim Claim);
