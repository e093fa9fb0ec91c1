namespace Collaboration.Forums.Series;

/// <summary>A group participants belong to (Kommune, Unternehmen, ...); configurable per series.</summary>
public sealed record StakeholderGroup(string Key, LocalizedText Name);
