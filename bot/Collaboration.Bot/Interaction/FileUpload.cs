namespace Collaboration.Bot.Interaction;

/// <summary>What Teams sends when the user accepts a file consent card: the card's context and where to upload.</summary>
/// <param name="ContextJson">The consent card's accept context as it came back, not yet trusted.</param>
internal sealed record FileUpload(string? ContextJson, Uri? UploadUrl, string? ContentUrl, string? Name, string? UniqueId, string? FileType);

/// <summary>How a hand-over through a file consent card ended.</summary>
internal enum FileHandOverResult
{
    Uploaded,

    /// <summary>The claim was genuine but older than the shelf keeps files.</summary>
    Expired,

    /// <summary>The context was not a claim the bot signed, or named no upload address.</summary>
    Refused,

    /// <summary>OneDrive did not take the upload.</summary>
    UploadFailed,
}
