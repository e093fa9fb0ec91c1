namespace Collaboration.Forums.Delivery;

/// <summary>Who gets a reminder: members who got the item card privately and have not answered it since.</summary>
public static class Reminders
{
    public static IReadOnlyList<FanOutRecipient> Select(IEnumerable<FanOutRecipient> recipients, IReadOnlySet<string> answeredUserIds)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(answeredUserIds);
        return [.. recipients.Where(r => r.State == RecipientState.Sent && !answeredUserIds.Contains(r.UserId))];
    }
}
