using Collaboration.Forums.Kinds;

namespace Collaboration.Web.Kinds;

/// <summary>The web app's part of every item kind: a new kind is a class in its folder under Kinds, found there.</summary>
internal static class WebKinds
{
    private static readonly KindRegistry<IWebKind> Parts = KindRegistry<IWebKind>.Discover((page, kind) => page.SpecType == kind.SpecType);

    public static IWebKind For(ItemSpec spec) => Parts.Of(spec);

    public static List<KeyLabel> Labels(IReadOnlyList<Choice> choices, WebText text) => [.. choices.Select(c => new KeyLabel(c.Key, text.Of(c.Label)))];
}
