using Collaboration.Bot.Cards;
using Collaboration.Bot.Commands;

namespace Collaboration.Bot.Gate;

/// <summary>Reads a typed command or a pressed button into one <see cref="UserAction"/>; it decides nothing.</summary>
internal static class ActionReader
{
    public const string ConfirmedValue = "true";

    public static UserAction FromCommand(BotCommand command, TurnInfo turn)
    {
        ArgumentNullException.ThrowIfNull(command);
        var kind = command.Kind switch
        {
            CommandKind.Help => ActionKind.Help,
            CommandKind.Status => ActionKind.Status,
            CommandKind.Join => ActionKind.Join,
            CommandKind.Templates => ActionKind.Templates,
            CommandKind.CreateSeries => ActionKind.CreateSeries,
            CommandKind.StartForum => ActionKind.StartForum,
            CommandKind.CloseForum => ActionKind.CloseForum,
            CommandKind.OpenItem => ActionKind.OpenItem,
            CommandKind.CloseItem => ActionKind.CloseItem,
            CommandKind.Results => ActionKind.Results,
            CommandKind.CarryOver => ActionKind.CarryOver,
            CommandKind.AddItem => ActionKind.AddItemForm,
            CommandKind.Moderate => ActionKind.Moderate,
            CommandKind.Report => ActionKind.Report,
            CommandKind.Archive => ActionKind.Archive,
            CommandKind.FanOut => ActionKind.FanOut,
            CommandKind.Remind => ActionKind.Remind,
            CommandKind.MyData => ActionKind.MyData,
            CommandKind.DeleteMyData => ActionKind.DeleteMyDataForm,
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.Kind, "A command without an action."),
        };
        return new UserAction(kind, turn, ClaimedIds.None, []) { Argument = command.Argument };
    }

    /// <returns>The action, or null for a verb the bot does not know or data that lacks what the verb needs.</returns>
    public static UserAction? FromCard(string? verb, JsonObject data, TurnInfo turn)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!CardVerbs.TryRead(verb, out var known))
        {
            return null;
        }

        return Read(known, data) is not var (kind, claims, argument)
            ? null
            : new UserAction(kind, turn, claims, data)
            {
                Argument = argument,
                Verb = verb,
                Confirmed = AnswerInputs.String(data, CardData.Confirmed) == ConfirmedValue,
            };
    }

    public static Guid? Id(JsonObject data, string key) => Guid.TryParse(AnswerInputs.String(data, key), out var id) ? id : null;

    // No discard arm: TryRead lets only named verbs through, so the compiler's check that every verb has an arm
    // (CS8509) is what keeps a new button from reaching the bot unread; CS8524 only speaks of unnamed values.
#pragma warning disable CS8524
    private static (ActionKind Kind, ClaimedIds Claims, string? Argument)? Read(CardVerb verb, JsonObject data)
    {
        var itemId = Id(data, CardData.ItemId);
        var seriesId = Id(data, CardData.SeriesId);
        var selected = AnswerInputs.String(data, CardInput.SelectedItem.Id());
        var forum = AnswerInputs.String(data, CardData.Forum);
        return verb switch
        {
            CardVerb.Answer => itemId is { } id ? (ActionKind.Answer, Items(id), null) : null,
            CardVerb.SubmitNeed => itemId is { } id ? (ActionKind.SubmitNeed, Items(id), null) : null,
            CardVerb.SupportNeed => Id(data, CardData.NeedId) is { } needId ? (ActionKind.SupportNeed, new ClaimedIds(NeedId: needId), null) : null,
            CardVerb.Mine => itemId is { } id ? (ActionKind.ShowItem, Items(id), null) : null,

            // On a personal card the results button names the item; on the moderator's overview, the selected one.
            CardVerb.Results => itemId is { } id ? (ActionKind.ShowItem, Items(id), null) : Selected(ActionKind.Results),
            CardVerb.Onboard => seriesId is { } id ? (ActionKind.Onboard, new ClaimedIds(id, Id(data, CardData.ThenItemId) is { } then ? [then] : null), null) : null,
            CardVerb.StartForum => InForum(ActionKind.StartForum),
            CardVerb.CloseForum => InForum(ActionKind.CloseForum),
            CardVerb.CarryOver => InForum(ActionKind.CarryOver),
            CardVerb.OpenItem => Selected(ActionKind.OpenItem),
            CardVerb.CloseItem => Selected(ActionKind.CloseItem),
            CardVerb.SendPrivately => Selected(ActionKind.FanOut),
            CardVerb.Remind => Selected(ActionKind.Remind),
            CardVerb.RetryArchive => Id(data, CardData.JobId) is not null ? InSeries(ActionKind.RetryArchive) : null,
            CardVerb.CreateSeries => (ActionKind.CreateSeries, seriesId is { } id ? Series(id) : ClaimedIds.None, AnswerInputs.String(data, CardInput.Template.Id())),
            CardVerb.AddItem => InSeries(ActionKind.AddItem),
            CardVerb.ExecutiveLinks => InSeries(ActionKind.ExecutiveLinks),
            CardVerb.EraseData => (ActionKind.EraseData, ClaimedIds.None, AnswerInputs.String(data, CardData.Subject)),
        };

        (ActionKind, ClaimedIds, string?)? InSeries(ActionKind kind) => seriesId is { } id ? (kind, Series(id), null) : null;

        (ActionKind, ClaimedIds, string?)? InForum(ActionKind kind) => seriesId is { } id && forum is not null ? (kind, Series(id), forum) : null;

        (ActionKind, ClaimedIds, string?)? Selected(ActionKind kind) => seriesId is { } id && selected is not null ? (kind, Series(id), selected) : null;
    }
#pragma warning restore CS8524

    private static ClaimedIds Items(Guid itemId) => new(ItemIds: [itemId]);

    private static ClaimedIds Series(Guid seriesId) => new(seriesId);
}
