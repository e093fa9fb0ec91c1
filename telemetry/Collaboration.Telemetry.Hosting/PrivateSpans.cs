using System.Diagnostics;

namespace Collaboration.Telemetry.Hosting;

/// <summary>
/// Rewrites every finished span's URL attributes to templates before any exporter sees them (it is added first), so
/// no conversation id, user id, drive item or upload token leaves the process, whatever instrumentation made the span
/// (ours, ASP.NET Core, HttpClient, the Azure Monitor distro's). The query goes entirely.
/// </summary>
internal sealed class PrivateSpans : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.GetTagItem("url.full") is string full && Uri.TryCreate(full, UriKind.RelativeOrAbsolute, out var uri))
        {
            data.SetTag("url.full", UrlTemplates.Full(uri));
        }

        if (data.GetTagItem("url.path") is string path)
        {
            // A server span knows the route it matched ("/api/forums/{number}/start"): the best template there is.
            data.SetTag("url.path", data.GetTagItem("http.route") as string ?? UrlTemplates.Path(path));
        }

        if (data.GetTagItem("url.query") is not null)
        {
            data.SetTag("url.query", null);
        }

        // Instrumentations name some spans after the URL when they know no route; the name must then be a template too.
        if (data.DisplayName.Contains('/', StringComparison.Ordinal) && data.GetTagItem("http.route") is null)
        {
            var space = data.DisplayName.IndexOf(' ', StringComparison.Ordinal);
            data.DisplayName = space < 0 ? UrlTemplates.Path(data.DisplayName) : data.DisplayName[..(space + 1)] + UrlTemplates.Path(data.DisplayName[(space + 1)..]);
        }
    }
}
