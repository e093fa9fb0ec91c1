using Collaboration.Forums.Templates;

namespace Collaboration.Simulator.Play;

/// <summary>A question as posted into the chat: its id from the card's data, and the template item it was made from.</summary>
/// <param name="Template">Found by the card's German prompt; null for a question the template does not have.</param>
internal sealed record SeriesItem(int Forum, string ItemId, string Key, string Kind, TemplateItem? Template)
{
    public bool IsNeeds => Kind == "needs";
}
