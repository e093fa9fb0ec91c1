using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;

namespace Collaboration.Fakes.Graph;

/// <summary>
/// A loopback fake of Azure App Service's managed identity endpoint (IDENTITY_ENDPOINT / IDENTITY_HEADER,
/// api-version 2019-08-01), so a process under test authenticates with Azure.Identity's real ManagedIdentityCredential
/// and gets a token for the fake Graph. It checks the identity header as App Service does and records the resources
/// asked for.
/// </summary>
public sealed class FakeManagedIdentityEndpoint : IAsyncDisposable
{
    public const string Token = "fake-managed-identity-token";

    private readonly Lock _gate = new();
    private readonly List<string> _resources = [];
    private WebApplication? _app;

    private FakeManagedIdentityEndpoint()
    {
    }

    /// <summary>The value for IDENTITY_ENDPOINT.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The value for IDENTITY_HEADER: a secret the caller must echo in X-IDENTITY-HEADER.</summary>
    public string Header { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>The resources tokens were handed out for, in order.</summary>
    public IReadOnlyList<string> Resources
    {
        get
        {
            lock (_gate)
            {
                return [.. _resources];
            }
        }
    }

    /// <summary>The environment a process needs to use this endpoint as its managed identity.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["IDENTITY_ENDPOINT"] = Endpoint.AbsoluteUri,
        ["IDENTITY_HEADER"] = Header,
    };

    public static async Task<FakeManagedIdentityEndpoint> StartAsync(CancellationToken cancellationToken = default)
    {
        var fake = new FakeManagedIdentityEndpoint();
        var app = LoopbackApp.Create();
        app.MapGet("/msi/token", fake.Issue);
        var origin = await LoopbackApp.StartAsync(app, cancellationToken);
        fake._app = app;
        fake.Endpoint = new Uri(origin + "/msi/token");
        return fake;
    }

    private IResult Issue(HttpContext context)
    {
        var request = context.Request;
        if (request.Headers["X-IDENTITY-HEADER"] != Header)
        {
            return Results.Json(new { statusCode = 401, message = "The X-IDENTITY-HEADER is missing or wrong." }, statusCode: StatusCodes.Status401Unauthorized);
        }

        var resource = request.Query["resource"].ToString();
        if (request.Query["api-version"] != "2019-08-01" || string.IsNullOrEmpty(resource))
        {
            return Results.Json(new { statusCode = 400, message = "api-version 2019-08-01 and a resource are required." }, statusCode: StatusCodes.Status400BadRequest);
        }

        lock (_gate)
        {
            _resources.Add(resource);
        }

        var expiresOn = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return Results.Json(new Dictionary<string, string>
        {
            ["access_token"] = Token,
            ["expires_on"] = expiresOn,
            ["resource"] = resource,
            ["token_type"] = "Bearer",
            ["client_id"] = "00000000-0000-0000-0000-0000000000aa",
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
