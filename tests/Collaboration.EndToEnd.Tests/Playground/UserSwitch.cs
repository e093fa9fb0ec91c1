using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Collaboration.EndToEnd.Tests.Playground;

/// <summary>
/// Lets the test click cards as any mock user of the chat. Playground 0.2.28's UI has no user switcher (the name in
/// the top-right corner is a label; its account state only ever takes the config's currentUser), but its web client
/// names the clicking user in every card action it POSTs to /_conversation/v1/invoke as <c>from.id</c>, and the
/// Playground builds the invoke for the bot from that mock user (name, AAD object id) after checking that the user
/// belongs to the conversation. So the switch rewrites <c>from.id</c> in that request, in this page only.
/// Typed messages are different: the Playground always sends them as its current user (see PlaygroundPage).
/// </summary>
internal sealed partial class UserSwitch(string invokeLog)
{
    private MockUser _current = MockUser.Maria;

    public MockUser Current => _current;

    /// <summary>Installs the switch; every card action's request body is appended to <paramref name="invokeLog"/> for diagnosis.</summary>
    public static async Task<UserSwitch> InstallAsync(IPage page, string invokeLog)
    {
        var userSwitch = new UserSwitch(invokeLog);
        await page.RouteAsync(CardActions(), userSwitch.RewriteAsync);
        return userSwitch;
    }

    public void ActAs(MockUser user) => _current = user;

    private async Task RewriteAsync(IRoute route)
    {
        var request = route.Request;
        if (request.Method != "POST" || request.PostData is not { } body || JsonNode.Parse(body) is not JsonObject json
            || json["from"] is not JsonObject from)
        {
            await route.ContinueAsync();
            return;
        }

        from["id"] = _current.Id;
        await File.AppendAllTextAsync(invokeLog, json.ToJsonString() + Environment.NewLine);
        await route.ContinueAsync(new RouteContinueOptions { PostData = System.Text.Encoding.UTF8.GetBytes(json.ToJsonString()) });
    }

    [GeneratedRegex(@"/_conversation/v1/invoke$")]
    private static partial Regex CardActions();
}
