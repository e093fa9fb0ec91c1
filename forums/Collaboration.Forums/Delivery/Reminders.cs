namespace Collaboration.Forums.Delivery;

/// <summary>
/// Who gets a reminder. For a named item: members who got the item card privately and have not answered it since.
/// For an anonymous item: every member who got it. The reminder's stored recipients would otherwise be "sent minus
/// answered", a list of who answered the anonymous question, kept in the database; so the reminder's wording says
/// "if you have not answered yet" instead.
/// </summary>
public static class Reminders
{
    public static IReadOnlyList<FanOutRecipient> Select(ForumItem item, IEnumerable<FanOutRecipient> recipients, IReadOnlySet<string> answeredUserIds)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(answeredUserIds);
        return [.. recipients.Where(r => r.State == RecipientState.Sent && (item.Anonymous || !answeredUserIds.Contains(r.UserId)))];
    }
}
