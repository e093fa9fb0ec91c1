namespace Collaboration.TestSupport.Graph;

/// <summary>A request the fake Graph received: method, decoded path, query, and the status it answered (0 for a reset).</summary>
public sealed record GraphRequest(string Method, string Path, string Query, int Status, long ContentLength);
