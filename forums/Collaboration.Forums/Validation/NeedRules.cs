using Collaboration.Forums.Items;
using Collaboration.Forums.Series;

namespace Collaboration.Forums.Validation;

/// <summary>Decides whether a needs entry fits its item: open item, known kind and topic, text present and not too long.</summary>
public static class NeedRules
{
    /// <returns>The normalised text, or the reason the entry is refused.</returns>
    public static Outcome<string> Check(ForumItem item, NeedKind kind, string topicKey, string text, IReadOnlyList<Topic> topics) => throw new NotImplementedException();
}
