using System.Collections.Frozen;
using System.Reflection;

namespace Collaboration.Web.Api.Addin;

/// <summary>
/// The ribbon button's icons (16, 32 and 80 px) the add-in manifest names at /api/addin/icons/{size}.png. Office fetches
/// them without any sign-in; they are the app's symbol, the same for everyone, and cached for a day.
/// </summary>
internal static class AddinIcons
{
    private const string Prefix = "addin-icons/addin-";

    private static readonly FrozenDictionary<string, byte[]> Icons = Load(typeof(AddinIcons).Assembly);

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/icons/{name}", (string name, HttpContext context) =>
        {
            if (!Icons.TryGetValue(name, out var png))
            {
                return ApiError.Web(StatusCodes.Status404NotFound, "NotFound", RequestLanguage.TextOf(context.Request));
            }

            context.Response.Headers.CacheControl = "public, max-age=86400";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.Bytes(png, "image/png");
        });

    /// <summary>"16.png" → the bytes of addin-16.png, for every icon embedded at build.</summary>
    private static FrozenDictionary<string, byte[]> Load(Assembly assembly)
    {
        var icons = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            icons[resource[Prefix.Length..]] = buffer.ToArray();
        }

        return icons.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
