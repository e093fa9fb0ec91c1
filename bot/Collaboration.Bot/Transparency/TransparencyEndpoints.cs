using Collaboration.Forums.Privacy;

namespace Collaboration.Bot.Transparency;

/// <summary>
/// GET /privacy and /terms: the privacy notice (DSGVO Art. 13) and the terms of use, the pages the Teams manifest's
/// privacyUrl and termsOfUseUrl point at. German unless ?lang=en or the browser's Accept-Language asks for English.
/// </summary>
internal static class TransparencyEndpoints
{
    public static IEndpointRouteBuilder MapTransparencyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/privacy", (HttpRequest request, IOptions<TransparencyOptions> options) =>
            Html(Privacy(BotText.For(LanguageOf(request)), options.Value), "/privacy", request));
        endpoints.MapGet("/terms", (HttpRequest request, IOptions<TransparencyOptions> options) =>
            Html(Terms(BotText.For(LanguageOf(request)), options.Value), "/terms", request));
        return endpoints;
    }

    internal static Language LanguageOf(HttpRequest request)
    {
        var asked = request.Query["lang"].ToString();
        if (!string.IsNullOrEmpty(asked))
        {
            return asked.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.En : Language.De;
        }

        // The first language the browser names decides; quality values rarely reorder what people set.
        var first = request.Headers.AcceptLanguage.ToString().Split(',', StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;
        return first.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.En : Language.De;
    }

    private static IResult Html((BotText Text, TransparencyPage Page, string TitleKey) page, string path, HttpRequest request)
    {
        var other = page.Text.Language == Language.En ? "de" : "en";
        var html = page.Page.Render(page.Text[page.TitleKey], $"{path}?lang={other}");
        request.HttpContext.Response.Headers.ContentLanguage = page.Text.LanguageTag;
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static (BotText, TransparencyPage, string) Privacy(BotText text, TransparencyOptions options)
    {
        var english = text.Language == Language.En;
        var page = new TransparencyPage(text)
            .Section(text["Page.Controller"], options.Controller.In(english))
            .Section(text["Page.ProtectionOfficer"], options.ProtectionOfficer.In(english))
            .Section(text["Page.Purposes"], options.Purposes.In(english) ?? text["Page.PurposesDefault"])
            .Section(text["Page.Data"], text["Page.DataText"])
            .Section(text["Page.Anonymity"], text["Page.AnonymityText"])
            .Section(text["Page.LegalBasis"], options.LegalBasis.In(english))
            .Section(text["Page.Recipients"], options.Recipients.In(english))
            .Section(text["Page.Retention"], text.Format("Page.RetentionText", Retention.DefaultMonths))
            .Section(text["Page.Rights"], text["Page.RightsText"])
            .Section(text["Page.Complaint"], options.SupervisoryAuthority.In(english));
        return (text, page, "Page.PrivacyTitle");
    }

    private static (BotText, TransparencyPage, string) Terms(BotText text, TransparencyOptions options)
    {
        var english = text.Language == Language.En;
        var page = new TransparencyPage(text)
            .Section(text["Page.Provider"], options.Controller.In(english))
            .Section(text["Page.Service"], text["Page.ServiceText"])
            .Section(text["Page.Conduct"], text["Page.ConductText"])
            .Section(text["Page.PrivacyLink"], text["Page.PrivacyLinkText"]);
        return (text, page, "Page.TermsTitle");
    }
}
