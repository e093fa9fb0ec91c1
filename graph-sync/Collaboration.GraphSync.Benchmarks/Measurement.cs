namespace Collaboration.GraphSync.Benchmarks;

/// <summary>One archive of the forum by one strategy: time and Graph requests for the files and for the needs list.</summary>
internal sealed record Measurement(string Variant, TimeSpan Files, int FileRequests, TimeSpan List, int ListRequests, int ItemsAfter)
{
    public TimeSpan Total => Files + List;

    public int Requests => FileRequests + ListRequests;
}
