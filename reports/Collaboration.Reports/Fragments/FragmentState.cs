namespace Collaboration.Reports.Fragments;

/// <summary>How an inserted slide or section compares with the series' current results.</summary>
public enum FragmentState
{
    /// <summary>Its numbers are the current ones (a newer as-of time alone does not make it outdated).</summary>
    Current,

    /// <summary>The numbers changed since it was inserted: Refresh replaces it.</summary>
    Outdated,

    /// <summary>The item is no longer in the series (e.g. the forum was rebuilt): Refresh leaves it alone.</summary>
    Gone,

    /// <summary>It comes from another series than the one asked about.</summary>
    OtherSeries,
}
