namespace Collaboration.Web.Tests.Browser.Addin;

/// <summary>
/// A stand-in for office.js in PowerPoint, served in its place to the pane in Chromium: Office.onReady names PowerPoint,
/// the display language and theme are Office's, single sign-on gives a token, and PowerPoint.run works on a deck kept in
/// window.__deck. It models only the calls the pane makes (the node tests check those calls with office-addin-mock);
/// what it shows is the pane's own flow in a host: insert, the placed results and their state, refresh.
/// Inserted "decks" are base64 of JSON { slides: [{ title, tags }] }.
/// </summary>
internal static class FakeOffice
{
    public static string PowerPoint(string displayLanguage, string bodyBackground, string slidesJson) =>
        """
        (() => {
          const deck = window.__deck = { slides: __SLIDES__, selected: ['1#'], nextId: 100, requests: [] };
          const loaded = (object) => { object.load = () => object; return object; };
          const slide = (s) => loaded({
            id: s.id, isNullObject: false,
            tags: { load() { this.items = Object.entries(s.tags ?? {}).map(([key, value]) => loaded({ key, value })); return this; } },
            delete() { deck.slides = deck.slides.filter((x) => x !== s); },
          });
          const context = {
            sync: async () => {},
            presentation: {
              slides: {
                load() { this.items = deck.slides.map(slide); return this; },
                getItemOrNullObject(id) { const s = deck.slides.find((x) => x.id === id); return s ? slide(s) : loaded({ isNullObject: true }); },
              },
              getSelectedSlides: () => ({ load() { this.items = deck.slides.filter((s) => deck.selected.includes(s.id)).map(slide); return this; } }),
              insertSlidesFromBase64(base64, options) {
                const fresh = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)))).slides
                  .map((s) => ({ id: `${(deck.nextId += 1)}#`, title: s.title, tags: s.tags }));
                const at = options?.targetSlideId ? deck.slides.findIndex((s) => s.id === options.targetSlideId) + 1 : 0;
                deck.slides.splice(at, 0, ...fresh);
                deck.requests.push(options);
              },
            },
          };
          window.PowerPoint = { run: async (callback) => callback(context) };
          window.Office = {
            onReady: async () => ({ host: 'PowerPoint', platform: 'PC' }),
            context: { displayLanguage: '__LANGUAGE__', officeTheme: { bodyBackgroundColor: '__BACKGROUND__' } },
            auth: { getAccessToken: async () => 'sso-token' },
          };
        })();
        """.Replace("__SLIDES__", slidesJson, StringComparison.Ordinal)
            .Replace("__LANGUAGE__", displayLanguage, StringComparison.Ordinal)
            .Replace("__BACKGROUND__", bodyBackground, StringComparison.Ordinal);
}
