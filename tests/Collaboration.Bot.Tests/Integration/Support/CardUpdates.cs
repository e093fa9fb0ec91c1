namespace Collaboration.Bot.Tests.Integration.Support;

/// <summary>What the fake connector received as updates of one posted card.</summary>
public static class CardUpdates
{
    public static int Count(FakeConnectorService connector, PostedCard posted) =>
        Updates(connector, posted).Count();

    public static bool AnyShows(FakeConnectorService connector, PostedCard posted, string expected) =>
        Updates(connector, posted).Any(a => BotHost.Cards(a.Activity.GetRawText()).Any(card => CardReader.Text(card).Contains(expected, StringComparison.Ordinal)));

    private static IEnumerable<ReceivedActivity> Updates(FakeConnectorService connector, PostedCard posted)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(posted);
        return connector.ReceivedActivities.Where(a => a.Operation == ConnectorOperation.Update && a.ActivityId == posted.ActivityId);
    }
}
