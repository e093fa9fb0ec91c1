namespace Collaboration.Forums.Application;

/// <summary>Moderators configured for every series (Entra object IDs), in addition to each series' creator.</summary>
public sealed class ModerationOptions
{
    public IList<string> ModeratorIds { get; } = [];

    /// <summary>Whether anyone may create a series (and so moderate it). Off: only configured moderators may.</summary>
    public bool AnyoneMayCreateSeries { get; set; } = true;
}
