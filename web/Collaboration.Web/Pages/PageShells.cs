using System.Reflection;
using System.Text;

namespace Collaboration.Web.Pages;

/// <summary>
/// The HTML pages: each is the one shell (shell.html: head, landmarks, alert and status live regions) filled in with
/// its title, body class, German status text and scripts, so the shell's guarantees are written once. The German text
/// stands in the HTML because it must show before any script has loaded; the page's module then translates it.
/// </summary>
internal static class PageShells
{
    private const string ShellName = "shell/page.html";

    // Values below are constants of this file, never request data, so they are put into the HTML as they are.
    private static readonly IReadOnlyList<PageShell> Pages =
    [
        PageShell.Tab("config", "page-config"),
        PageShell.Tab("console", "page-console"),
        PageShell.Tab("stage", "page-stage"),
        PageShell.Tab("answer", "page-answer"),
        PageShell.Addin("taskpane", "Forenergebnisse", "Wird geladen …"),
        PageShell.Addin("sign-in", "Anmeldung", "Anmeldung …"),
    ];

    /// <summary>Each page's path (as embedded, e.g. "addin/taskpane.html") and its HTML.</summary>
    public static IEnumerable<(string Path, byte[] Html)> Render(Assembly assembly)
    {
        using var stream = assembly.GetManifestResourceStream(ShellName)
            ?? throw new InvalidOperationException($"The page shell {ShellName} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var shell = reader.ReadToEnd();
        return Pages.Select(page => (page.Path, Encoding.UTF8.GetBytes(page.FillIn(shell)))).ToList();
    }

    private sealed record PageShell(string Path, string Title, string BodyClass, string Status, string Head)
    {
        private const string Loading = "Wird geladen …";

        // A Teams tab: the tabs' style sheet, TeamsJS and the page's own module.
        public static PageShell Tab(string name, string bodyClass) => new(
            name + ".html",
            "Forum",
            bodyClass,
            Loading,
            """
              <link rel="stylesheet" href="/tab/css/app.css">
              <script src="/tab/lib/teams-js.min.js"></script>
            """ + Module($"/tab/js/{name}.js"));

        // An Office add-in page: the tabs' style sheet and the add-in's, Office.js instead of TeamsJS, and its module.
        public static PageShell Addin(string name, string title, string status) => new(
            "addin/" + name + ".html",
            title,
            "page-addin",
            status,
            """
              <link rel="stylesheet" href="/tab/css/app.css">
              <link rel="stylesheet" href="/addin/addin.css">
              <script src="/addin/lib/office.js"></script>
            """ + Module($"/addin/{name}.js"));

        public string FillIn(string shell) => shell
            .Replace("{head}", Head, StringComparison.Ordinal)
            .Replace("{title}", Title, StringComparison.Ordinal)
            .Replace("{body}", BodyClass, StringComparison.Ordinal)
            .Replace("{status}", Status, StringComparison.Ordinal);

        private static string Module(string source) => $"\n  <script type=\"module\" src=\"{source}\"></script>";
    }
}
