namespace Collaboration.Manifest.Validation;

/// <summary>
/// Teams' rules for the configurable tab and its single sign-on that the schema cannot state, because they relate
/// one field to another. Each returns problems, empty when all is well.
/// </summary>
internal static class TabRules
{
    /// <summary>
    /// Every tab URL must be https (the schema also takes http) on a domain in validDomains: Teams refuses to load
    /// a tab page from anywhere else, and an http page gets no single sign-on token.
    /// </summary>
    public static IEnumerable<string> CheckTabs(JsonNode manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var domains = ValidDomains(manifest);
        foreach (var tab in manifest["configurableTabs"]?.AsArray() ?? [])
        {
            foreach (var problem in CheckStage(manifest, tab))
            {
                yield return problem;
            }

            if (tab?["configurationUrl"] is not { } node)
            {
                continue;
            }

            var text = node.GetValue<string>();
            if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
            {
                yield return $"{node.GetPath()} \"{text}\" is not an https URL; Teams loads tab pages only over https";
            }
            else if (!domains.Any(d => Covers(d, url.Host)))
            {
                yield return $"{node.GetPath()} \"{text}\" is on {url.Host}, which validDomains does not list; Teams would not load it";
            }
        }
    }

    /// <summary>
    /// Microsoft's share-to-stage page: a tab reaches the meeting stage from the side panel, so it lists both contexts,
    /// and the sharing user acts under the delegated RSC permission MeetingStage.Write.Chat, without which Teams
    /// offers no share button.
    /// </summary>
    private static IEnumerable<string> CheckStage(JsonNode manifest, JsonNode? tab)
    {
        var contexts = tab?["context"]?.AsArray().Select(c => c?.GetValue<string>()).ToList() ?? [];
        if (!contexts.Contains("meetingStage"))
        {
            yield break;
        }

        if (!contexts.Contains("meetingSidePanel"))
        {
            yield return $"{tab!.GetPath()}.context has meetingStage without meetingSidePanel; Teams shares a tab to the stage from the side panel";
        }

        var permissions = manifest["authorization"]?["permissions"]?["resourceSpecific"]?.AsArray() ?? [];
        if (!permissions.Any(p => p?["name"]?.GetValue<string>() == "MeetingStage.Write.Chat" && p["type"]?.GetValue<string>() == "Delegated"))
        {
            yield return $"{tab!.GetPath()}.context has meetingStage, but authorization lacks the delegated permission MeetingStage.Write.Chat that sharing to the stage needs";
        }
    }

    /// <summary>
    /// webApplicationInfo: the tabs and the bot are one Entra app, so its id is the bot's; and Teams issues a single
    /// sign-on token only when the resource is api://&lt;domain the tab is served from&gt;/&lt;that id&gt;.
    /// </summary>
    public static IEnumerable<string> CheckSingleSignOn(JsonNode manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (manifest["webApplicationInfo"] is not { } info)
        {
            yield break;
        }

        var id = info["id"]?.GetValue<string>();
        var botId = manifest["bots"]?[0]?["botId"]?.GetValue<string>();
        if (botId is not null && !string.Equals(id, botId, StringComparison.OrdinalIgnoreCase))
        {
            yield return $"webApplicationInfo.id \"{id}\" is not the bot's app id \"{botId}\"; the tabs sign in with the bot's Entra app registration";
        }

        var resource = info["resource"]?.GetValue<string>();
        if (resource is null)
        {
            yield return "webApplicationInfo has no resource; Teams single sign-on needs api://<host>/<app id>";
            yield break;
        }

        if (!Uri.TryCreate(resource, UriKind.Absolute, out var uri) || uri.Scheme != "api")
        {
            yield return $"webApplicationInfo.resource \"{resource}\" is not an api:// URI (api://<host>/<app id>)";
            yield break;
        }

        if (!ValidDomains(manifest).Any(d => Covers(d, uri.Host)))
        {
            yield return $"webApplicationInfo.resource \"{resource}\" names {uri.Host}, which validDomains does not list; single sign-on fails for tabs served elsewhere";
        }

        if (!string.Equals(uri.AbsolutePath.Trim('/'), id, StringComparison.OrdinalIgnoreCase))
        {
            yield return $"webApplicationInfo.resource \"{resource}\" does not end with the app id \"{id}\" (api://<host>/<app id>)";
        }
    }

    internal static List<string> ValidDomains(JsonNode manifest) =>
        manifest["validDomains"]?.AsArray().Select(d => d?.GetValue<string>()).OfType<string>().ToList() ?? [];

    // validDomains may hold "*.example.org", which covers every subdomain of example.org but not example.org itself.
    internal static bool Covers(string domain, string host) =>
        domain.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(domain[1..], StringComparison.OrdinalIgnoreCase)
            : string.Equals(domain, host, StringComparison.OrdinalIgnoreCase);
}
