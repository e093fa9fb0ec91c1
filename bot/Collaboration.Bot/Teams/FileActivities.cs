using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Collaboration.Bot.Teams;

/// <summary>Turns file offers into Teams file consent cards, and Teams' accept invoke and file info card back and forth.</summary>
internal static class FileActivities
{
    public static IMessageActivity ConsentMessage(FileOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var context = JObject.Parse(offer.Claim.ToJson().ToJsonString());
        return MessageFactory.Attachment(new Attachment
        {
            ContentType = FileConsentCard.ContentType,
            Name = offer.FileName,
            Content = new FileConsentCard
            {
                Description = offer.Description,
                SizeInBytes = offer.SizeInBytes,
                AcceptContext = context,
                DeclineContext = context.DeepClone(),
            },
        });
    }

    /// <summary>The card that shows the uploaded file in the chat, linked to its place in the user's OneDrive.</summary>
    public static IMessageActivity InfoMessage(FileUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        return MessageFactory.Attachment(new Attachment
        {
            ContentType = FileInfoCard.ContentType,
            ContentUrl = upload.ContentUrl,
            Name = upload.Name,
            Content = new FileInfoCard { UniqueId = upload.UniqueId, FileType = upload.FileType },
        });
    }

    public static FileUpload Read(FileConsentCardResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var info = response.UploadInfo;
        var context = response.Context switch
        {
            null => null,
            string text => text,
            var other => JsonConvert.SerializeObject(other),
        };
        var uploadUrl = Uri.TryCreate(info?.UploadUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) ? url : null;
        return new FileUpload(context, uploadUrl, info?.ContentUrl, info?.Name, info?.UniqueId, info?.FileType);
    }
}
