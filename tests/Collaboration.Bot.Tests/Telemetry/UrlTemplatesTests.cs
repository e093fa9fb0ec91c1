using Collaboration.Telemetry.Hosting;

namespace Collaboration.Bot.Tests.Telemetry;

/// <summary>The URLs that leave the process in spans and logs name no chat, person, file or token.</summary>
public sealed class UrlTemplatesTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/v3/conversations/19:abc123@thread.v2/activities/1712345678901",
        "https://smba.trafficmanager.net/{id}/v3/conversations/{id}/activities/{id}")]
    [InlineData("https://smba.trafficmanager.net/emea/v3/conversations/a:1XyZ/members/29:1AbC",
        "https://smba.trafficmanager.net/{id}/v3/conversations/{id}/members/{id}")]
    [InlineData("https://graph.microsoft.com/v1.0/drives/b!x7Y/root:/Digitalzentrum/01 Chancen/bericht.docx:/createUploadSession",
        "https://graph.microsoft.com/v1.0/drives/{id}/root:{path}:/createUploadSession")]
    [InlineData("https://graph.microsoft.com/v1.0/users/erika.musterfrau@salzlandkreis.example/drive",
        "https://graph.microsoft.com/v1.0/users/{id}/drive")]
    [InlineData("https://tenant.sharepoint.com/_api/v2.0/drives/b!x/items/01ABC/uploadSession?guid='1'&tempauth=eyJ0eXAi",
        "https://tenant.sharepoint.com/{id}/{id}/drives/{id}/items/{id}/{id}")]
    public void A_service_url_keeps_its_host_and_the_apis_words_and_nothing_else(string url, string template) =>
        Assert.Equal(template, UrlTemplates.Full(new Uri(url)));

    [Fact]
    public void A_path_without_segments_is_the_root() => Assert.Equal("/", UrlTemplates.Path(""));
}
