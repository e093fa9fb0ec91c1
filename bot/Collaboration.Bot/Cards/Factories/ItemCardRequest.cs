namespace Collaboration.Bot.Cards.Factories;

/// <summary>
/// What an item card shows. <see cref="Mine"/> is the viewer's stored answer (personal cards only);
/// <see cref="Draft"/> are inputs the viewer sent that were refused, shown again so nothing typed is lost;
/// <see cref="Notice"/> is a confirmation or refusal shown on top.
/// </summary>
internal sealed record ItemCardRequest(ItemView View, bool Personal)
{
    public Answer? Mine => Personal ? View.MyAnswer : null;

    public JsonObject? Draft { get; init; }

    public CardNotice? Notice { get; init; }
}

/// <summary>A line on top of a card: good news (saved) or a refusal; Markdown, with user text in it escaped by whoever composed it.</summary>
internal sealed record CardNotice(string Text, bool IsProblem);
