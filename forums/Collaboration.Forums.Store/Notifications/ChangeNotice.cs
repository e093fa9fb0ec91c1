using System.Globalization;

namespace Collaboration.Forums.Store.Notifications;

/// <summary>
/// The NOTIFY payload: the instance that made the change and the item, both as bare ids ("instance/item"). Nothing
/// else: notifications are visible to every session of the database, and an item id says nothing about a person.
/// </summary>
internal readonly record struct ChangeNotice(Guid InstanceId, Guid ItemId)
{
    /// <summary>The PostgreSQL channel all instances of one database share.</summary>
    public const string Channel = "collaboration_item_changed";

    public string ToPayload() => string.Create(CultureInfo.InvariantCulture, $"{InstanceId:N}/{ItemId:N}");

    public static ChangeNotice? Parse(string? payload)
    {
        if (payload is null || payload.Length != 65 || payload[32] != '/'
            || !Guid.TryParseExact(payload.AsSpan(0, 32), "N", out var instanceId)
            || !Guid.TryParseExact(payload.AsSpan(33), "N", out var itemId))
        {
            return null;
        }

        return new ChangeNotice(instanceId, itemId);
    }
}
