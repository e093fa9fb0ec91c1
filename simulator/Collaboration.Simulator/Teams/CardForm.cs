namespace Collaboration.Simulator.Teams;

/// <summary>An input of a card as a client renders it: its id, its choices (values) and its maximum.</summary>
internal sealed record FormInput(string Id, IReadOnlyList<string> Choices, int? Max);

/// <summary>An Action.Execute button: the verb and the data the bot put there.</summary>
internal sealed record CardButton(string Verb, JsonObject Data);

/// <summary>
/// What a participant sees on a card and can press: inputs, Action.Execute buttons and the notice on top.
/// Read from the card's JSON alone, the way a Teams client reads it; nothing is taken from the bot's code.
/// </summary>
internal sealed class CardForm
{
    private CardForm(JsonNode card, List<FormInput> inputs, List<CardButton> buttons, string? noticeStyle, string? notice)
    {
        Card = card;
        Inputs = inputs;
        Buttons = buttons;
        NoticeStyle = noticeStyle;
        Notice = notice;
    }

    public JsonNode Card { get; }

    public IReadOnlyList<FormInput> Inputs { get; }

    public IReadOnlyList<CardButton> Buttons { get; }

    /// <summary>"good" for a confirmation on top of the card, "attention" for a refusal, null for none.</summary>
    public string? NoticeStyle { get; }

    /// <summary>The text of the notice on top, if any.</summary>
    public string? Notice { get; }

    public bool Confirms => NoticeStyle == "good";

    public bool Refuses => NoticeStyle == "attention";

    public CardButton? Button(CardVerb verb) => Buttons.FirstOrDefault(b => b.Verb == verb.Wire());

    /// <summary>Every text on the card, one per line (for finding a question by its prompt, and for error reports).</summary>
    public string Text => string.Join('\n', Strings(Card));

    public static CardForm Read(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var inputs = new List<FormInput>();
        var buttons = new List<CardButton>();
        foreach (var element in Objects(card))
        {
            var type = (string?)element["type"];
            if (type == "Action.Execute" && (string?)element["verb"] is { } verb)
            {
                buttons.Add(new CardButton(verb, element["data"] as JsonObject is { } data ? (JsonObject)data.DeepClone() : []));
            }
            else if (type is "Input.ChoiceSet" or "Input.Number" or "Input.Text" && (string?)element["id"] is { } id)
            {
                var choices = element["choices"] is JsonArray list ? list.Select(c => (string?)c?["value"]).OfType<string>().ToList() : [];
                inputs.Add(new FormInput(id, choices, Number(element["max"])));
            }
        }

        var first = (card["body"] as JsonArray)?.FirstOrDefault();
        var isNotice = (string?)first?["type"] == "Container";
        return new CardForm(card, inputs, buttons, isNotice ? (string?)first?["style"] : null, isNotice ? (string?)first?["items"]?[0]?["text"] : null);
    }

    private static int? Number(JsonNode? node) => node is JsonValue value && value.TryGetValue<double>(out var number) ? (int)number : null;

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Objects(p.Value))),
        JsonArray a => a.SelectMany(Objects),
        _ => [],
    };

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
