namespace Collaboration.Fakes.Connector;

/// <summary>One HTTP request the fake received, with the status it answered.</summary>
public sealed record ConnectorRequest(string Method, string Path, string? Authorization, int StatusCode);
