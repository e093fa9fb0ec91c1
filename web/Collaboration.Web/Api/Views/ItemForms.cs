using Collaboration.Web.Kinds;

namespace Collaboration.Web.Api.Views;

/// <summary>Describes an item's form from its spec (the kind fills in its fields), in the request's language; the rules of a valid answer stay the domain's.</summary>
internal static class ItemForms
{
    public static ItemForm Create(ForumSeries series, ForumItem item, int respondents, WebText text)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(item);
        var summary = ConsoleViews.Summary(item, respondents, text);
        var form = new ItemForm(summary.Id, summary.Key, summary.Title, summary.Kind, summary.Status, summary.Anonymous, summary.Respondents,
            text.Of(item.Prompt), item.Help is null ? null : text.Of(item.Help), null, null, null, null, null, null, null, null, null, null, null);
        return WebKinds.For(item.Spec).Form(form, item.Spec, series, text);
    }
}
