namespace Collaboration.Forums.Privacy;

/// <summary>Who may act on the data-subject rights of someone else (a request that arrived by letter).</summary>
public sealed class PrivacyOptions
{
    /// <summary>Entra object IDs of the data-protection administrators; they may export and erase by user id.</summary>
    public IList<string> AdministratorIds { get; } = [];
}
