namespace Collaboration.Web.Kinds.Choices;

/// <summary>Up to a maximum of options: {choices: [keys]}.</summary>
internal sealed class MultipleChoiceKind : IWebKind
{
    public Type SpecType => typeof(MultipleChoiceSpec);

    public ItemForm Form(ItemForm form, ItemSpec spec, ForumSeries series, WebText text)
    {
        var s = (MultipleChoiceSpec)spec;
        return form with { Choices = WebKinds.Labels(s.Choices, text), MinChoices = 1, MaxChoices = s.MaxChoices };
    }

    public Answer? Read(ItemSpec spec, JsonObject body) => AnswerBody.Strings(body["choices"]) is { } choices ? new ChoiceAnswer(choices) : null;

    public JsonObject? Write(Answer answer, ItemSpec spec) =>
        answer is ChoiceAnswer choice ? new JsonObject { ["choices"] = new JsonArray([.. choice.ChoiceKeys.Select(k => (JsonNode?)JsonValue.Create(k))]) } : null;

    public LiveItem Live(LiveItem live, ForumItem item, ItemResults results, WebText text) => ChoiceFigures.Live(live, results, text);

    public double? CarryScore(ItemResults results, Choice choice) => ChoiceFigures.CarryScore(results, choice);
}
