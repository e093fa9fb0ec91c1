using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Collaboration.Fakes.Graph;

namespace Collaboration.Fakes.KeyVault;

/// <summary>
/// Azure Key Vault's secrets REST API (list secrets, get a secret) as a message handler for the Azure SDK's transport:
/// the real SecretClient talks to it, including the vault's authentication challenge, without a network or a vault.
/// A request without the <see cref="FakeTokenCredential"/>'s bearer token gets the 401 challenge a real vault sends.
/// </summary>
public sealed class FakeKeyVault(Uri vault, IReadOnlyDictionary<string, (string Value, bool Enabled)> secrets) : HttpMessageHandler
{
    private int _reads;

    public Uri Address => vault;

    /// <summary>How many secrets' values were read (GET of one secret).</summary>
    public int Reads => _reads;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(Send(request, cancellationToken));

    // The configuration provider reads the vault synchronously (configuration loads are synchronous).
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers.Authorization is not { Scheme: "Bearer", Parameter: FakeTokenCredential.Token })
        {
            var challenge = new HttpResponseMessage(HttpStatusCode.Unauthorized) { Content = new StringContent(string.Empty) };
            challenge.Headers.TryAddWithoutValidation("WWW-Authenticate",
                "Bearer authorization=\"https://login.microsoftonline.com/00000000-0000-0000-0000-000000000001\", resource=\"https://vault.azure.net\"");
            return challenge;
        }

        var segments = request.RequestUri!.AbsolutePath.Trim('/').Split('/');
        return segments switch
        {
            ["secrets"] => Json(new JsonObject { ["value"] = new JsonArray([.. secrets.Select(s => Properties(s.Key, s.Value.Enabled))]), ["nextLink"] = null }),
            ["secrets", var name, ..] when secrets.TryGetValue(name, out var secret) && secret.Enabled => Value(name, secret.Value),
            ["secrets", ..] => Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "SecretNotFound", ["message"] = "A secret with this name was not found." } },
                HttpStatusCode.NotFound),
            _ => new HttpResponseMessage(HttpStatusCode.BadRequest),
        };
    }

    private HttpResponseMessage Value(string name, string value)
    {
        Interlocked.Increment(ref _reads);
        var body = Properties(name, enabled: true);
        body["value"] = value;
        body["id"] = new Uri(vault, $"secrets/{name}/0123456789abcdef").ToString();
        return Json(body);
    }

    private JsonObject Properties(string name, bool enabled) => new()
    {
        ["id"] = new Uri(vault, $"secrets/{name}").ToString(),
        ["attributes"] = new JsonObject { ["enabled"] = enabled, ["created"] = 1764950400, ["updated"] = 1764950400, ["recoveryLevel"] = "Recoverable+Purgeable" },
    };

    private static HttpResponseMessage Json(JsonNode body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
}
