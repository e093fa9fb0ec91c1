namespace Collaboration.Web.Kinds;

/// <summary>
/// What the web app knows of one item kind: its answer page form, the answer's JSON shape both ways, its live figure
/// and its carry-over score. One implementation per kind, in that kind's folder, found by <see cref="WebKinds"/>.
/// Only translation lives here; whether an answer is valid stays the domain's decision.
/// </summary>
internal interface IWebKind
{
    /// <summary>The spec type of the items of this kind.</summary>
    Type SpecType { get; }

    /// <summary>The form's kind-specific fields (options, scale, budget, places, ...).</summary>
    ItemForm Form(ItemForm form, ItemSpec spec, ForumSeries series, WebText text);

    /// <summary>The answer a page's body describes, or null when it does not even have the shape of this kind's answers.</summary>
    Answer? Read(ItemSpec spec, JsonObject body);

    /// <summary>A stored answer in the page's shape, for the form to show it preselected; null when it is not this kind's.</summary>
    JsonObject? Write(Answer answer, ItemSpec spec);

    /// <summary>The figure of published (disclosed, not withheld) results.</summary>
    LiveItem Live(LiveItem live, ForumItem item, ItemResults results, WebText text) => live;

    /// <summary>The source's figure behind a carried option; null where the kind carries nothing or it is the target's own option.</summary>
    double? CarryScore(ItemResults results, Choice choice) => null;
}
