using Collaboration.Forums.Kinds;

namespace Collaboration.Forums.Validation;

/// <summary>
/// Decides whether an answer fits an item; returns the normalised answer or the reason it does not.
/// Normalised answers list keys in the item's own order, so the same answer always serialises the same way
/// (and a repeated delivery is recognised as unchanged).
/// </summary>
public static class AnswerRules
{
    public static Outcome<Answer> Check(ForumItem item, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(answer);
        if (item.Status != ItemStatus.Open)
        {
            return Outcome<Answer>.Failure(RejectionCode.ItemNotOpen, item.Key);
        }

        return ItemKinds.Of(item.Spec).CheckAnswer(item.Spec, answer);
    }
}
