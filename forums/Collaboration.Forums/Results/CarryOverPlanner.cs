using Collaboration.Forums.Items;

namespace Collaboration.Forums.Results;

/// <summary>Turns an earlier item's results into the options of a later item.</summary>
public static class CarryOverPlanner
{
    /// <summary>
    /// The top <paramref name="top"/> entries of <paramref name="source"/> as choices, followed by the target's own
    /// choices that are not already among them.
    /// </summary>
    public static IReadOnlyList<Choice> Plan(ItemResults source, int top, IReadOnlyList<Choice> ownChoices) => throw new NotImplementedException();
}
