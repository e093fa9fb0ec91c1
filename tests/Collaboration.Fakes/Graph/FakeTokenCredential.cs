using Azure.Core;

namespace Collaboration.Fakes.Graph;

/// <summary>Hands out a fixed bearer token, so the Graph client authenticates against the fake without Entra ID.</summary>
public sealed class FakeTokenCredential : TokenCredential
{
    public const string Token = "fake-graph-token";

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(Token, DateTimeOffset.UtcNow.AddHours(1));

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
