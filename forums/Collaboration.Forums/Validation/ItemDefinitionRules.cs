using Collaboration.Forums.Items;
using Collaboration.Forums.Series;

namespace Collaboration.Forums.Validation;

/// <summary>Checks that an item a template or moderator describes can be answered (options present, scales sane, keys unique).</summary>
public static class ItemDefinitionRules
{
    public static Rejection? Check(ItemDraft draft, IReadOnlyList<Topic> topics) => throw new NotImplementedException();
}
