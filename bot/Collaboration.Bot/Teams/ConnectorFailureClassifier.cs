using Collaboration.Forums.Retries;
using Microsoft.Bot.Schema;
using Microsoft.Rest;

namespace Collaboration.Bot.Teams;

/// <summary>Sorts the Bot Connector's exceptions for the outbox worker the way fan-out sends are sorted (<see cref="ConnectorFailures"/>).</summary>
internal sealed class ConnectorFailureClassifier(TimeProvider time) : IFailureClassifier
{
    public Failure? Classify(Exception exception) => exception switch
    {
        ConnectorCallException call => call.Failure,
        ErrorResponseException response => ConnectorFailures.FromResponse(response.Response, response, time.GetUtcNow()).Failure,
        HttpOperationException operation => ConnectorFailures.FromResponse(operation.Response, operation, time.GetUtcNow()).Failure,
        _ => null,
    };
}
