using System.Text.Json.Nodes;
using static Microsoft.Playwright.Assertions;

namespace Collaboration.EndToEnd.Tests.Playground;

/// <summary>
/// What a person does in the Playground's Teams-like UI: open a chat, write to the bot, work with a card.
/// One page for a whole scenario: every page load resets the shown conversations and reinstalls the bot.
/// </summary>
internal sealed class PlaygroundPage(IPage page, Uri playground, UserSwitch users, string screenshotFolder)
{
    /// <summary>The bot answers within a second or two; generous for a loaded CI machine.</summary>
    public static readonly float Timeout = 20_000;

    private int _shots;

    public IPage Page => page;

    public MockUser CurrentUser => users.Current;

    private PlaygroundChat? _chat;

    public async Task OpenChatAsync(PlaygroundChat chat)
    {
        _chat = chat;
        // The chat list's entries are buttons labelled with the chat's name (their role is not "button" to ARIA).
        await page.Locator($"button[aria-label='{chat.Name}']").ClickAsync();
        await Expect(Composer).ToBeVisibleAsync(new() { Timeout = Timeout });
    }

    /// <summary>Acts as another mock user from now on, and says so in a banner that the screenshots show.</summary>
    public async Task ActAsAsync(MockUser user)
    {
        users.ActAs(user);
        await page.EvaluateAsync(
            """
            name => {
              let banner = document.getElementById('e2e-acting-user');
              if (!banner) {
                banner = document.createElement('div');
                banner.id = 'e2e-acting-user';
                banner.style.cssText = 'position:fixed;top:4px;left:50%;transform:translateX(-50%);z-index:99999;background:#c4314b;color:#fff;padding:2px 10px;border-radius:4px;font:bold 13px sans-serif;pointer-events:none';
                document.body.appendChild(banner);
              }
              banner.textContent = 'e2e: acting as ' + name;
            }
            """, user.Name);
    }

    /// <summary>
    /// In group chats and channels the bot hears only messages that @mention it. The Playground sends whatever is
    /// typed as its current user (Maria), so another user's message goes through the Playground's "Mock an Activity"
    /// API instead: the same message activity, from that user, into the open chat; the bot's answer shows in the chat.
    /// </summary>
    public async Task MentionBotAsync(string command)
    {
        if (users.Current != MockUser.Maria)
        {
            await MockMentionAsync(command);
            return;
        }

        await Composer.ClickAsync();
        await page.Keyboard.TypeAsync("@Forum");
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Forum-Bot" }).ClickAsync(new() { Timeout = Timeout });
        await page.Keyboard.TypeAsync(" " + command);
        await page.Keyboard.PressAsync("Enter");
    }

    /// <summary>
    /// Writes to the bot in the personal chat, where no @mention is needed. Only as the Playground's current user: the
    /// personal chat is hers alone, so the mock-activity route of <see cref="MentionBotAsync"/> has no one else to send as.
    /// </summary>
    public async Task SendAsync(string text)
    {
        if (users.Current != MockUser.Maria)
        {
            throw new InvalidOperationException("The personal chat belongs to the Playground's current user; act as Maria first.");
        }

        await Composer.ClickAsync();
        await page.Keyboard.TypeAsync(text);
        await page.Keyboard.PressAsync("Enter");
    }

    /// <summary>
    /// Waits until no card has changed for a second. The bot updates shared cards in place, coalescing votes over
    /// its update interval; a re-render that lands between clicking an option and pressing the button drops the
    /// selection, as it would for a person in Teams.
    /// </summary>
    public async Task WaitForCardsToSettleAsync() =>
        await page.EvaluateAsync(
            """
            () => new Promise(resolve => {
              let timer;
              const done = () => { observer.disconnect(); clearTimeout(limit); resolve(); };
              const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, 1000); });
              observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
              timer = setTimeout(done, 1000);
              const limit = setTimeout(done, 10000);
            })
            """);

    /// <summary>The newest card that contains <paramref name="text"/> (the question of an item, a card title).</summary>
    public ILocator Card(string text) =>
        page.Locator(".ac-adaptiveCard").Filter(new() { HasText = text }).Last;

    public async Task ExpectTextAsync(string text) =>
        await Expect(page.GetByText(text).Last).ToBeVisibleAsync(new() { Timeout = Timeout });

    public static async Task ExpectInAsync(ILocator scope, string text) =>
        await Expect(scope.GetByText(text).Last).ToBeVisibleAsync(new() { Timeout = Timeout });

    public async Task ScreenshotAsync(string moment)
    {
        _shots++;
        var path = Path.Combine(screenshotFolder, $"{_shots:00}-{moment}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = false });
    }

    private async Task MockMentionAsync(string command)
    {
        var chat = _chat ?? throw new InvalidOperationException("Open a chat first.");
        var template = await page.APIRequest.GetAsync(
            $"{playground}_internal/v1/customActivities/template?conversationId={Uri.EscapeDataString(chat.ConversationId)}");
        var activity = JsonNode.Parse(await template.TextAsync())!.AsObject();
        var bot = activity["recipient"]!.DeepClone();
        var user = users.Current;
        activity["type"] = "message";
        activity["from"] = new JsonObject { ["id"] = user.Id, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId };
        activity["text"] = $"<at>{bot["name"]}</at> {command}";
        activity["textFormat"] = "plain";
        activity["locale"] = "en-US";
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["mentioned"] = bot,
            ["text"] = $"<at>{bot["name"]}</at>",
        });
        var sent = await page.APIRequest.PostAsync($"{playground}_internal/v1/customActivities", new()
        {
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
            Data = activity.ToJsonString(),
        });
        if (!sent.Ok)
        {
            throw new InvalidOperationException($"The Playground refused the mock message ({sent.Status}): {await sent.TextAsync()}");
        }
    }

    /// <summary>
    /// A picture with <paramref name="focus"/> scrolled into view, for moments the bottom of the chat does not show
    /// (a notice at the top of a tall card). Only for elements that no card update is about to replace.
    /// </summary>
    public async Task ScreenshotAsync(string moment, ILocator focus)
    {
        // A card the bot updates in place is rendered anew by the Playground; if that happens while Playwright scrolls
        // to it, the element it found is gone ("not attached to the DOM") and the locator finds the new one next time.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await focus.ScrollIntoViewIfNeededAsync();
                break;
            }
            catch (PlaywrightException e) when (attempt < 3 && e.Message.Contains("not attached to the DOM", StringComparison.Ordinal))
            {
            }
        }

        await ScreenshotAsync(moment);
    }

    private ILocator Composer => page.Locator("[data-lexical-editor=true]").First;
}
