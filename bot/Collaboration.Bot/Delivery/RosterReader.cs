using Collaboration.Forums.Delivery;
using Collaboration.Forums.Retries;

namespace Collaboration.Bot.Delivery;

/// <summary>
/// Reads the rosters of fan-outs whose recipients are not stored yet: leases each fan-out (so one instance reads it),
/// stores its members page by page as pending recipients and marks the roster read.
/// </summary>
internal sealed partial class RosterReader(
    IFanOutStore store, IFanOutConnector connector, IOptions<FanOutOptions> options, TimeProvider time, Jitter jitter, ILogger<RosterReader> logger)
{
    /// <returns>Whether any roster was leased (work was done).</returns>
    public async Task<bool> ReadLeasedAsync(string owner, CancellationToken cancellationToken)
    {
        var leased = await store.LeaseRosterAsync(owner, options.Value.LeaseDuration, cancellationToken);
        foreach (var fanOut in leased)
        {
            await ReadAsync(fanOut, cancellationToken);
        }

        return leased.Count > 0;
    }

    private async Task ReadAsync(FanOut fanOut, CancellationToken cancellationToken)
    {
        string? token = null;
        var members = 0;
        do
        {
            var page = await ReadPageAsync(fanOut, token, cancellationToken);
            if (page is null)
            {
                break;
            }

            await store.AddRecipientsAsync(fanOut.Id, [.. page.Members.Select(m => FanOutRecipient.Of(fanOut.Id, m))], cancellationToken);
            members += page.Members.Count;
            token = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(token));

        await store.CompleteRosterAsync(fanOut.Id, cancellationToken);
        Log.RosterRead(logger, fanOut.Id, members);
    }

    /// <summary>
    /// A roster page, retried in place on throttling and hiccups (a roster is a few pages); null when the chat cannot be
    /// read at all (the bot was removed), which ends the fan-out with the members stored so far.
    /// </summary>
    private async Task<RosterPage?> ReadPageAsync(FanOut fanOut, string? token, CancellationToken cancellationToken)
    {
        var retries = options.Value.Retries();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await connector.ReadRosterAsync(fanOut.SourceReference, token, options.Value.RosterPageSize, cancellationToken);
            }
            catch (ConnectorCallException failure)
            {
                if (retries.NextDelay(failure.Failure, attempt, jitter) is not { } delay)
                {
                    Log.RosterUnreadable(logger, failure, fanOut.Id, failure.Status);
                    return null;
                }

                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 701, Level = LogLevel.Information, Message = "Fan-out {FanOutId}: roster of {Members} members stored")]
        public static partial void RosterRead(ILogger logger, Guid fanOutId, int members);

        [LoggerMessage(EventId = 706, Level = LogLevel.Warning, Message = "Fan-out {FanOutId}: the roster cannot be read ({Status}); sending to the members read so far")]
        public static partial void RosterUnreadable(ILogger logger, Exception exception, Guid fanOutId, int status);
    }
}
