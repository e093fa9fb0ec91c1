using Collaboration.Web.Kinds;

namespace Collaboration.Web.Api.LiveItems;

/// <summary>
/// Turns an item and its published results into a <see cref="LiveItem"/>. It only translates: the results come from
/// the domain after disclosure, so the live views show exactly the numbers the cards would, and nothing more (an
/// open question's texts never reach the stage; needs show their ten best supported, as the cards do).
/// </summary>
internal static class LiveItemMapping
{
    public static LiveItem Map(ForumItem item, ItemResults results, WebText text)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(text);
        var live = new LiveItem(item.Id, item.Key, text.Of(item.Prompt), item.Spec.KindName, StatusName(item.Status), item.Anonymous,
            results.Respondents, results.WithheldBelow, [], null, null);
        if (results.WithheldBelow is not null)
        {
            return live;
        }

        return WebKinds.For(item.Spec).Live(live, item, results, text);
    }

    public static string StatusName(ItemStatus status) => status switch
    {
        ItemStatus.Open => "open",
        ItemStatus.Closed => "closed",
        _ => "draft",
    };
}
