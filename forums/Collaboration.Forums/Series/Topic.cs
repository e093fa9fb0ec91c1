namespace Collaboration.Forums.Series;

/// <summary>A theme of the series (Smart Mobility, Arbeiten 4.0, ...) that needs are filed under.</summary>
public sealed record Topic(string Key, LocalizedText Name);
