using Collaboration.Forums.Privacy;

namespace Collaboration.Bot.Cards.Factories;

/// <summary>The cards of the data subject's rights: the export's summary, the erasure's confirmation and its receipt.</summary>
internal static class PrivacyCards
{
    public static AdaptiveCard Export(BotText text, PersonalDataExport export, Uri file, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(export);
        var body = new List<CardElement> { CardParts.Title(text["Privacy.ExportTitle"]) };
        if (export.IsEmpty)
        {
            body.Add(new TextBlock(text["Privacy.ExportEmpty"]));
        }
        else
        {
            body.Add(new TextBlock(text["Privacy.ExportIntro"]));
            body.Add(new FactSet(
            [
                new Fact(text["Privacy.Profiles"], string.Join(", ", export.Profiles.Select(p => CardText.Escape($"{p.SeriesTitle}: {p.DisplayName}, {p.Organisation}"))) is { Length: > 0 } s ? s : "0"),
                new Fact(text["Privacy.NamedAnswers"], text.Number(export.NamedAnswers.Count, 0)),
                new Fact(text["Privacy.Needs"], text.Number(export.Needs.Count, 0)),
                new Fact(text["Privacy.Supports"], text.Number(export.Supports.Count, 0)),
                new Fact(text["Privacy.Deliveries"], text.Number(export.Deliveries.Count, 0)),
                new Fact(text["Privacy.Archives"], export.Archives.Count == 0
                    ? text.Number(0, 0)
                    : string.Join(", ", export.Archives.Select(a => CardText.Escape(text.Format("Privacy.ArchiveEntry", a.SeriesTitle, a.ForumNumber))))),
            ]));
        }

        body.Add(CardParts.Subtle(text["Privacy.AnonymousNotLinked"]));
        body.Add(CardParts.Subtle(text.Format("Privacy.Expires", CardParts.Duration(text, lifetime))));
        return CardParts.Card(body, [new ActionOpenUrl(file) { Title = text["Privacy.Download"], Style = ActionStyle.Positive }], text.LanguageTag);
    }

    public static AdaptiveCard ConfirmErasure(BotText text, string subjectId, bool forSomeoneElse)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = new List<CardElement>
        {
            CardParts.Title(text["Privacy.EraseTitle"]),
            new TextBlock(forSomeoneElse ? text.Format("Privacy.EraseIntroFor", CardText.Escape(subjectId)) : text["Privacy.EraseIntro"]),
            new TextBlock(text["Privacy.EraseRules"]) { IsSubtle = true },
        };
        AdaptiveAction[] actions =
        [
            new ActionExecute(CardVerb.EraseData.Wire())
            {
                Title = text["Privacy.EraseConfirm"],
                Style = ActionStyle.Destructive,
                Data = CardData.Of((CardData.Subject, subjectId)),
            },
        ];
        return CardParts.Card(body, actions, text.LanguageTag);
    }

    public static AdaptiveCard Erased(BotText text, ErasureReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(receipt);
        return receipt.NothingFound
            ? NoticeCards.Info(text, text["Privacy.ErasedNothing"])
            : NoticeCards.Success(text, text.Format("Privacy.Erased", receipt.Profiles, receipt.Answers, receipt.NeedsRemoved + receipt.NeedsKeptWithoutAuthor,
                receipt.NeedsKeptWithoutAuthor, receipt.Supports));
    }
}
