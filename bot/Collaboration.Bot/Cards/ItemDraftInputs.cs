using System.Text;
using Collaboration.Bot.Cards.Kinds;
using Collaboration.Forums.Kinds;
using DomainChoice = Collaboration.Forums.Items.Choice;

namespace Collaboration.Bot.Cards;

/// <summary>
/// Reads the add-item form into an item draft. It only translates fields; whether the draft makes sense
/// (options present, limits sane, key unique) the domain decides.
/// </summary>
internal static class ItemDraftInputs
{
    public static IReadOnlyList<string> Kinds => CardKinds.InAddItemForm;

    public static (int? Forum, ItemDraft? Draft) Read(IReadOnlyDictionary<string, string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        string Get(string id) => inputs.TryGetValue(id, out var v) ? v.Trim() : string.Empty;
        var forum = AnswerInputs.Integer(Get(CardInput.ItemForum.Id()));
        var limit = AnswerInputs.Integer(Get(CardInput.ItemLimit.Id()));
        var promptDe = Get(CardInput.ItemPromptDe.Id());
        var promptEn = Get(CardInput.ItemPromptEn.Id());
        var prompt = new LocalizedText(promptDe, promptEn.Length == 0 ? null : promptEn);
        var choices = Options(Get(CardInput.ItemOptions.Id()));
        var kindName = Get(CardInput.ItemKind.Id());
        var spec = CardKinds.Named(kindName) is { InAddItemForm: true } card && ItemKinds.Named(kindName) is { } kind
            ? kind.Build(card.FormFields(choices, limit))
            : null;
        var key = Get(CardInput.ItemKey.Id());
        var draft = spec is null ? null : new ItemDraft(key.Length == 0 ? Slug(promptDe) : key, prompt, spec, Get(CardInput.ItemAnonymous.Id()) == "true");
        return (forum, draft);
    }

    /// <summary>One option per line; the key is made from the label, numbered when two labels give the same key.</summary>
    private static List<DomainChoice> Options(string text)
    {
        var choices = new List<DomainChoice>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var key = Slug(line);
            var unique = key;
            for (var n = 2; choices.Any(c => c.Key == unique); n++)
            {
                unique = key + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            choices.Add(new DomainChoice(unique, new LocalizedText(line)));
        }

        return choices;
    }

    private static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (slug.Length >= 40)
            {
                break;
            }

            slug.Append(c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                _ when char.IsAsciiLetterOrDigit(c) => c.ToString(),
                _ => slug.Length > 0 && slug[^1] != '-' ? "-" : string.Empty,
            });
        }

        return slug.ToString().Trim('-');
    }
}
