using System.Security.Claims;
using Collaboration.Bot.Teams;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace Collaboration.Bot.Hosting;

/// <summary>
/// The SDK's authentication with one rule added: a request whose token cannot be checked is refused (401), whatever
/// went wrong. The SDK throws UnauthorizedAccessException (which its adapter answers with 401) only for some failures;
/// a malformed header or token throws ArgumentException or a SecurityTokenException, and signing keys that cannot be
/// fetched throw from the metadata retriever: all of those would otherwise end as a 500. A time limit keeps a forged
/// token from holding a request while the SDK waits for signing keys.
/// The connector factories it hands out keep one client per app id, service URL and audience for the host's lifetime
/// (<see cref="KeptConnectorClients"/>) instead of the SDK's new client per activity.
/// </summary>
internal sealed class FailClosedAuthentication(
    BotFrameworkAuthentication inner, KeptConnectorClients connectorClients, TimeSpan timeout, TimeProvider time, ILogger<FailClosedAuthentication> logger)
    : BotFrameworkAuthentication
{
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        AuthenticateRequestResult result;
        try
        {
            result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).WaitAsync(timeout, time, cancellationToken);
        }
        catch (Exception failure) when (IsRefusal(failure, cancellationToken))
        {
            // The type says enough (malformed, expired, unknown key); the message could carry parts of the token.
            HostingLog.RequestUnauthenticated(logger, failure.GetType().Name);
            throw new UnauthorizedAccessException("The request's token could not be validated.", failure);
        }

        // Only now is the activity's serviceUrl the channel's word (its token names it); the turn's client comes from here.
        if (result.ConnectorFactory is { } sdk)
        {
            result.ConnectorFactory = Kept(sdk, result.ClaimsIdentity);
        }

        return result;
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).WaitAsync(timeout, time, cancellationToken);
        }
        catch (Exception failure) when (IsRefusal(failure, cancellationToken))
        {
            HostingLog.RequestUnauthenticated(logger, failure.GetType().Name);
            throw new UnauthorizedAccessException("The request's token could not be validated.", failure);
        }
    }

    public override async Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken).WaitAsync(timeout, time, cancellationToken);
        }
        catch (Exception failure) when (IsRefusal(failure, cancellationToken))
        {
            HostingLog.RequestUnauthenticated(logger, failure.GetType().Name);
            throw new UnauthorizedAccessException("The request's token could not be validated.", failure);
        }
    }

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    // Proactive sends (ContinueConversation, CreateConversation) ask here, with the bot's own identity.
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => Kept(inner.CreateConnectorFactory(claimsIdentity), claimsIdentity);

    // Created only when something asks for a user token; the adapter asks for a client on every turn (DeferredUserTokenClient).
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new DeferredUserTokenClient(token => inner.CreateUserTokenClientAsync(claimsIdentity, token)));

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    private KeptConnectorFactory Kept(ConnectorFactory sdk, ClaimsIdentity identity) =>
        KeptConnectorFactory.For(sdk, identity, inner.GetOriginatingAudience(), connectorClients);

    // Only the caller giving up (the request aborted) is not a refusal: that cancellation goes on as it is.
    private static bool IsRefusal(Exception failure, CancellationToken cancellationToken) =>
        !(failure is OperationCanceledException && cancellationToken.IsCancellationRequested);
}
