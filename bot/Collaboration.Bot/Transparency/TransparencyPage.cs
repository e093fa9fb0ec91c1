using System.Text;
using System.Text.Encodings.Web;

namespace Collaboration.Bot.Transparency;

/// <summary>
/// A plain, accessible HTML page: one h1, h2 sections, the document language set, readable without script or styles
/// beyond a few lines. Every text, configured or from resources, is HTML-encoded.
/// </summary>
internal sealed class TransparencyPage(BotText text)
{
    private readonly StringBuilder _body = new();

    public TransparencyPage Section(string heading, string? paragraph)
    {
        _body.Append("<section><h2>").Append(Encode(heading)).Append("</h2>");
        foreach (var line in (paragraph ?? text["Page.NotSpecified"]).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            _body.Append("<p>").Append(Encode(line)).Append("</p>");
        }

        _body.Append("</section>\n");
        return this;
    }

    public string Render(string title, string otherLanguageLink)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(text.LanguageTag).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n")
            .Append("<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b;background:#fff}")
            .Append("h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:1.6rem}a{color:#0f4c81}</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>").Append(Encode(title)).Append("</h1>\n")
            .Append("<p><a href=\"").Append(Encode(otherLanguageLink)).Append("\" hreflang=\"").Append(text.LanguageTag == "en" ? "de" : "en").Append("\">")
            .Append(Encode(text["Page.OtherLanguage"])).Append("</a></p>\n")
            .Append(_body)
            .Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Encode(string value) => HtmlEncoder.Default.Encode(value);
}
