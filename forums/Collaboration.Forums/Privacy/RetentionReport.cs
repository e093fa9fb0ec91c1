namespace Collaboration.Forums.Privacy;

/// <summary>What one sweep did, for the log; counts only.</summary>
public sealed record RetentionReport(int SeriesExpired, int RostersDropped, int OutboxPurged, int FilesRemoved);
