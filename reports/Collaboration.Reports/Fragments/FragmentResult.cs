namespace Collaboration.Reports.Fragments;

/// <summary>
/// A built fragment and the source of each item in it (in order), or, for a selection that does not fit the series,
/// a message in the requested language and no document.
/// </summary>
public sealed record FragmentResult(byte[]? Document, IReadOnlyList<FragmentSource> Sources, string? Problem)
{
    internal static FragmentResult Fail(string problem) => new(null, [], problem);
}
