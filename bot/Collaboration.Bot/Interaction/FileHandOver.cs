using Collaboration.Bot.Downloads;

namespace Collaboration.Bot.Interaction;

/// <summary>Uploads a shelved file to the address Teams names when the user accepts its file consent card (if it is one of Teams' upload hosts).</summary>
internal sealed class FileHandOver(SignedDownloads shelf, FileUploader uploader)
{
    public async Task<FileHandOverResult> AcceptAsync(FileUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var claim = FileClaim.TryRead(upload.ContextJson);
        // An upload address outside OneDrive / SharePoint is refused before the file is even read.
        if (claim is null || upload.UploadUrl is null || !uploader.Accepts(upload.UploadUrl))
        {
            return FileHandOverResult.Refused;
        }

        var lookup = await shelf.FindAsync(claim.Shelf, claim.File, claim.Expires, claim.Signature, cancellationToken);
        if (lookup.File is not { } file)
        {
            return lookup.Expired ? FileHandOverResult.Expired : FileHandOverResult.Refused;
        }

        return await uploader.UploadAsync(upload.UploadUrl, file.Content, cancellationToken) ? FileHandOverResult.Uploaded : FileHandOverResult.UploadFailed;
    }
}
