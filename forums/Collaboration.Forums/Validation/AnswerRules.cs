using Collaboration.Forums.Answers;
using Collaboration.Forums.Items;

namespace Collaboration.Forums.Validation;

/// <summary>Decides whether an answer fits an item; returns the normalised answer or the reason it does not.</summary>
public static class AnswerRules
{
    public static Outcome<Answer> Check(ForumItem item, Answer answer) => throw new NotImplementedException();
}
