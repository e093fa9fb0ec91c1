namespace Collaboration.Web.Kinds.OpenText;

/// <summary>Free text: {text}; its texts never reach the stage, so the live item carries only the respondents.</summary>
internal sealed class OpenTextKind : IWebKind
{
    public Type SpecType => typeof(OpenTextSpec);

    public ItemForm Form(ItemForm form, ItemSpec spec, ForumSeries series, WebText text) => form with { MaxLength = ((OpenTextSpec)spec).MaxLength };

    public Answer? Read(ItemSpec spec, JsonObject body) => ApiBody.String(body, "text") is { } text ? new TextAnswer(text) : null;

    public JsonObject? Write(Answer answer, ItemSpec spec) => answer is TextAnswer text ? new JsonObject { ["text"] = text.Text } : null;
}
