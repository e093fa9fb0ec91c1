namespace Collaboration.Web.Tests.Browser;

/// <summary>The pages' German and English dictionaries have the same keys, so no text falls back to a key or the other language.</summary>
[Collection(BrowserPages.Name)]
public sealed class TranslationTests() : BrowserTest("translations", allowLocalSignIn: false)
{
    [Fact]
    public async Task German_and_English_texts_have_the_same_keys_and_none_is_empty()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(Host.Page("/tab/css/app.css").ToString());

        var keys = await page.EvaluateAsync<Dictionary<string, string[]>>(
            """
            async () => {
              const de = (await import('/tab/js/strings.de.js')).default;
              const en = (await import('/tab/js/strings.en.js')).default;
              const empty = (d) => Object.entries(d).filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
              return { de: Object.keys(de).sort(), en: Object.keys(en).sort(), empty: [...empty(de), ...empty(en)] };
            }
            """);

        Assert.NotEmpty(keys["de"]);
        Assert.Equal(keys["de"], keys["en"]);
        Assert.Empty(keys["empty"]);
    }

    [Fact]
    public async Task Every_text_key_the_scripts_use_exists()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(Host.Page("/tab/css/app.css").ToString());
        var de = await page.EvaluateAsync<string[]>("async () => Object.keys((await import('/tab/js/strings.de.js')).default)");
        var scripts = typeof(Collaboration.Web.WebExtensions).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("tab/js/", StringComparison.Ordinal) && !n.Contains("strings", StringComparison.Ordinal));

        var missing = new List<string>();
        foreach (var script in scripts)
        {
            using var reader = new StreamReader(typeof(Collaboration.Web.WebExtensions).Assembly.GetManifestResourceStream(script)!);
            var text = await reader.ReadToEndAsync();
            missing.AddRange(System.Text.RegularExpressions.Regex.Matches(text, @"\bt\('([a-zA-Z]+\.[a-zA-Z.]+)'")
                .Select(m => m.Groups[1].Value)
                .Where(key => !de.Contains(key))
                .Select(key => $"{script}: {key}"));
        }

        Assert.Empty(missing);
    }
}
