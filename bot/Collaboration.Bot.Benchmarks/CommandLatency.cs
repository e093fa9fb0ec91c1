namespace Collaboration.Bot.Benchmarks;

/// <summary>
/// A moderator's command ("ergebnisse", which answers with a results card) timed from the POST to the bot's answer:
/// the adapter answers a message turn only after its replies went to the connector, so this is the time until the
/// moderator sees the card. One a second, far below the chat's own limits, so only the tenant's budget is shared.
/// </summary>
internal static class CommandLatency
{
    public const string Command = "ergebnisse bedeutung";
    private static readonly TimeSpan Pace = TimeSpan.FromSeconds(1);

    public static async Task<IReadOnlyList<TimeSpan>> MeasureAsync(HttpClient client, TeamsActivities chat, TeamsUser moderator, int count, CancellationToken cancellationToken)
    {
        var times = new List<TimeSpan>(count);
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            var activity = chat.Message(moderator, Command);
            using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
            using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, cancellationToken);
            clock.Stop();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"\"{Command}\" answered {(int)response.StatusCode}.");
            }

            times.Add(clock.Elapsed);
            if (clock.Elapsed < Pace)
            {
                await Task.Delay(Pace - clock.Elapsed, cancellationToken);
            }
        }

        return times;
    }

    /// <summary>The same commands once the fan-out is well under way (<paramref name="underWay"/>).</summary>
    public static async Task<IReadOnlyList<TimeSpan>> MeasureDuringAsync(
        HttpClient client, TeamsActivities chat, TeamsUser moderator, int count, Func<bool> underWay, CancellationToken cancellationToken)
    {
        while (!underWay())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
        }

        return await MeasureAsync(client, chat, moderator, count, cancellationToken);
    }
}
