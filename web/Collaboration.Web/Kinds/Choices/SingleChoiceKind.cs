namespace Collaboration.Web.Kinds.Choices;

/// <summary>One option out of several: {choice}.</summary>
internal sealed class SingleChoiceKind : IWebKind
{
    public Type SpecType => typeof(SingleChoiceSpec);

    public ItemForm Form(ItemForm form, ItemSpec spec, ForumSeries series, WebText text) =>
        form with { Choices = WebKinds.Labels(((SingleChoiceSpec)spec).Choices, text), MinChoices = 1, MaxChoices = 1 };

    public Answer? Read(ItemSpec spec, JsonObject body) => ApiBody.String(body, "choice") is { } choice ? new ChoiceAnswer([choice]) : null;

    public JsonObject? Write(Answer answer, ItemSpec spec) =>
        answer is ChoiceAnswer choice ? new JsonObject { ["choice"] = choice.ChoiceKeys.Count > 0 ? choice.ChoiceKeys[0] : null } : null;

    public LiveItem Live(LiveItem live, ForumItem item, ItemResults results, WebText text) => ChoiceFigures.Live(live, results, text);

    public double? CarryScore(ItemResults results, Choice choice) => ChoiceFigures.CarryScore(results, choice);
}
