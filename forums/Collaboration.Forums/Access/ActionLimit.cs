namespace Collaboration.Forums.Access;

/// <summary>The expensive actions a user may ask for only so often; each has its own window (see <see cref="ActionLimitOptions"/>).</summary>
public enum ActionLimit
{
    /// <summary>Creating a series: a template compiled and a chat bound.</summary>
    CreateSeries,

    /// <summary>The executive deck and report: both documents rendered.</summary>
    Report,

    /// <summary>A private send or a reminder: a roster read and a card to each member.</summary>
    FanOut,

    /// <summary>Archiving a forum to SharePoint, or retrying a failed archive job.</summary>
    Archive,

    /// <summary>The Office add-in's requests: each reads a whole series' results, and slides and sections render documents.</summary>
    Addin,
}
