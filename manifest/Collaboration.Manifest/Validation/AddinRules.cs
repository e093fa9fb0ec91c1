namespace Collaboration.Manifest.Validation;

/// <summary>
/// The Office add-in (the manifest's "extensions") beyond what the schema states: every page and icon is https on a
/// domain in validDomains, so the task pane's Office single sign-on gets a token for the Teams app's resource
/// (api://host/app id) and Office loads nothing from elsewhere; and every ribbon button opens an action a runtime has.
/// </summary>
internal static class AddinRules
{
    public static IEnumerable<string> CheckExtension(JsonNode manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (manifest["extensions"] is not JsonArray extensions)
        {
            yield break;
        }

        var domains = TabRules.ValidDomains(manifest);
        foreach (var (path, text) in Strings(extensions).Where(s => s.Text.StartsWith("http", StringComparison.OrdinalIgnoreCase)))
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
            {
                yield return $"{path} \"{text}\" is not an https URL; Office loads add-in pages and icons only over https";
            }
            else if (!domains.Any(d => TabRules.Covers(d, url.Host)))
            {
                yield return $"{path} \"{text}\" is on {url.Host}, which validDomains does not list; the add-in is served from the app's host only";
            }
        }

        foreach (var extension in extensions.OfType<JsonObject>())
        {
            var actions = (extension["runtimes"]?.AsArray() ?? []).SelectMany(r => r?["actions"]?.AsArray() ?? [])
                .Select(a => a?["id"]?.GetValue<string>()).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var controls = (extension["ribbons"]?.AsArray() ?? []).SelectMany(r => r?["tabs"]?.AsArray() ?? [])
                .SelectMany(t => t?["groups"]?.AsArray() ?? []).SelectMany(g => g?["controls"]?.AsArray() ?? []);
            foreach (var control in controls.OfType<JsonObject>())
            {
                if (control["actionId"]?.GetValue<string>() is { } actionId && !actions.Contains(actionId))
                {
                    yield return $"{control.GetPath()}.actionId \"{actionId}\" names no action of the extension's runtimes";
                }
            }
        }
    }

    private static IEnumerable<(string Path, string Text)> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Strings(p.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue<string>(out var text) => [(node.GetPath(), text)],
        _ => [],
    };
}
