using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Collaboration.Web.Tests.Support;

/// <summary>
/// Entra as far as token validation sees it: an OpenID configuration and its signing keys (JWKS) served on loopback,
/// and tokens signed with that key the way Entra issues Teams SSO tokens (v1 or v2 issuer, oid, tid, name).
/// </summary>
public sealed class EntraKeys : IAsyncDisposable
{
    public const string AppId = "3f0c0c1e-0000-4000-8000-00000000a11d";
    public const string TenantId = TeamsActivities.TenantId;
    public const string OtherTenantId = "0b0b0b0b-0000-4000-8000-000000000bad";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly WebApplication _server;

    private EntraKeys(WebApplication server, Uri configuration)
    {
        _server = server;
        Configuration = configuration;
    }

    /// <summary>The address of the OpenID configuration document (Web:OpenIdConfiguration).</summary>
    public Uri Configuration { get; }

    private SecurityKey Key => new RsaSecurityKey(_rsa) { KeyId = "test-key" };

    public static async Task<EntraKeys> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        EntraKeys? keys = null;
        app.MapGet("/common/v2.0/.well-known/openid-configuration", (HttpContext context) => Results.Text(new JsonObject
        {
            ["issuer"] = "https://login.microsoftonline.com/{tenantid}/v2.0",
            ["jwks_uri"] = $"{context.Request.Scheme}://{context.Request.Host}/common/discovery/v2.0/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        }.ToJsonString(), "application/json"));
        app.MapGet("/common/discovery/v2.0/keys", () => Results.Text(keys!.Jwks(), "application/json"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        keys = new EntraKeys(app, new Uri(address + "/common/v2.0/.well-known/openid-configuration"));
        return keys;
    }

    /// <summary>A token as Teams' getAuthToken returns it; each argument can be made wrong for one test.</summary>
    public string Token(TeamsUser user, string? audience = null, string? issuer = null, string tenant = TenantId, DateTime? expires = null, bool withSignature = true)
    {
        ArgumentNullException.ThrowIfNull(user);
        var until = expires ?? DateTime.UtcNow.AddHours(1);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer ?? $"https://login.microsoftonline.com/{tenant}/v2.0",
            Audience = audience ?? $"api://forum.example.org/{AppId}",
            Subject = new ClaimsIdentity([new Claim("oid", user.AadObjectId), new Claim("tid", tenant), new Claim("name", user.Name)]),
            NotBefore = until.AddHours(-2),
            IssuedAt = until.AddHours(-2),
            Expires = until,
            SigningCredentials = withSignature ? new SigningCredentials(Key, SecurityAlgorithms.RsaSha256) : null,
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _rsa.Dispose();
    }

    private string Jwks()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = "test-key",
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            }),
        }.ToJsonString();
    }
}
