namespace Collaboration.Fakes.Graph;

/// <summary>
/// A request the fake Graph received: method, decoded path, query, and the status it answered (0 for a reset).
/// <paramref name="InBatch"/> marks a sub-request of a JSON batch: it travelled inside a POST /$batch, not on its own.
/// </summary>
public sealed record GraphRequest(string Method, string Path, string Query, int Status, long ContentLength, bool InBatch = false);
