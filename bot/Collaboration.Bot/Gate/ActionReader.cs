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
        var itemId = Id(data, CardData.ItemId);
        var seriesId = Id(data, CardData.SeriesId);
        var selected = AnswerInputs.String(data, CardInputs.SelectedItem);
        var forum = AnswerInputs.String(data, CardData.Forum);
        (ActionKind Kind, ClaimedIds Claims, string? Argument)? read = verb switch
        {
            CardVerbs.Answer when itemId is { } id => (ActionKind.Answer, Items(id), null),
            CardVerbs.SubmitNeed when itemId is { } id => (ActionKind.SubmitNeed, Items(id), null),
            CardVerbs.SupportNeed when Id(data, CardData.NeedId) is { } needId => (ActionKind.SupportNeed, new ClaimedIds(NeedId: needId), null),
            CardVerbs.ShowMine or CardVerbs.ShowResults when itemId is { } id => (ActionKind.ShowItem, Items(id), null),
            CardVerbs.Onboard when seriesId is { } id => (ActionKind.Onboard, new ClaimedIds(id, Id(data, CardData.ThenItemId) is { } then ? [then] : null), null),
            CardVerbs.StartForum when seriesId is { } id && forum is not null => (ActionKind.StartForum, Series(id), forum),
            CardVerbs.CloseForum when seriesId is { } id && forum is not null => (ActionKind.CloseForum, Series(id), forum),
            CardVerbs.CarryOver when seriesId is { } id && forum is not null => (ActionKind.CarryOver, Series(id), forum),
            CardVerbs.OpenItem when seriesId is { } id && selected is not null => (ActionKind.OpenItem, Series(id), selected),
            CardVerbs.CloseItem when seriesId is { } id && selected is not null => (ActionKind.CloseItem, Series(id), selected),
            CardVerbs.SendPrivately when seriesId is { } id && selected is not null => (ActionKind.FanOut, Series(id), selected),
            CardVerbs.Remind when seriesId is { } id && selected is not null => (ActionKind.Remind, Series(id), selected),
            CardVerbs.ShowResults when seriesId is { } id && selected is not null => (ActionKind.Results, Series(id), selected),
            CardVerbs.RetryArchive when seriesId is { } id && Id(data, CardData.JobId) is not null => (ActionKind.RetryArchive, Series(id), null),
            CardVerbs.CreateSeries => (ActionKind.CreateSeries, seriesId is { } id ? Series(id) : ClaimedIds.None, AnswerInputs.String(data, CardInputs.Template)),
            CardVerbs.AddItem when seriesId is { } id => (ActionKind.AddItem, Series(id), null),
            CardVerbs.ExecutiveLinks when seriesId is { } id => (ActionKind.ExecutiveLinks, Series(id), null),
            CardVerbs.EraseData => (ActionKind.EraseData, ClaimedIds.None, AnswerInputs.String(data, CardData.Subject)),
            _ => null,
        };
        return read is not var (kind, claims, argument)
            ? null
            : new UserAction(kind, turn, claims, data)
            {
                Argument = argument,
                Verb = verb,
                Confirmed = AnswerInputs.String(data, CardData.Confirmed) == ConfirmedValue,
            };
    }

    public static Guid? Id(JsonObject data, string key) => Guid.TryParse(AnswerInputs.String(data, key), out var id) ? id : null;

    private static ClaimedIds Items(Guid itemId) => new(ItemIds: [itemId]);

    private static ClaimedIds Series(Guid seriesId) => new(seriesId);
}
