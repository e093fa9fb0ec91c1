using System.Net.Http.Headers;
using System.Text;

namespace Collaboration.Web.Tests.Api.Addin;

/// <summary>The task pane's calls to /api/addin: an Office SSO token for the user (the Teams app's Entra app), no conversation.</summary>
internal static class AddinCalls
{
    public static Task<ApiAnswer> AddinAsync(this WebHost host, HttpMethod method, string path, TeamsUser? user, JsonNode? body = null,
        string language = "de", bool local = false, string? rawBody = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        var request = new HttpRequestMessage(method, new Uri("/api/addin" + path, UriKind.Relative));
        if (local && user is not null)
        {
            request.Headers.Add("X-Local-User", user.AadObjectId);
            request.Headers.Add("X-Local-Name", user.Name);
        }
        else if (user is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", host.Keys.Token(user));
        }

        request.Headers.AcceptLanguage.ParseAdd(language);
        if (body is not null || rawBody is not null)
        {
            request.Content = new StringContent(rawBody ?? body!.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        return host.SendAsync(request);
    }

    public static Task<ApiAnswer> AddinPostAsync(this WebHost host, string path, TeamsUser? user, JsonNode body, string language = "de") =>
        host.AddinAsync(HttpMethod.Post, path, user, body, language);

    public static JsonObject Selection(string seriesId, params string[] itemIds) =>
        itemIds.Length == 0 ? new JsonObject { ["seriesId"] = seriesId } : new JsonObject { ["seriesId"] = seriesId, ["itemIds"] = new JsonArray([.. itemIds.Select(i => JsonValue.Create(i))]) };

    /// <summary>The built document from a slides or section answer, after the answer was checked to be 200.</summary>
    public static byte[] Document(ApiAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        Assert.True(answer.Status == System.Net.HttpStatusCode.OK, answer.Text);
        return Convert.FromBase64String((string)answer.Json!["document"]!);
    }
}
