using Collaboration.Bot.Commands;
using Collaboration.Bot.Gate;

namespace Collaboration.Bot.Interaction;

/// <summary>
/// Translates a typed command into an action for the gate and its answer into the cards to post. Text that is no
/// command gets the help or a usage line here; everything else passes <see cref="ActionGate"/>.
/// </summary>
internal sealed class CommandHandler(ActionGate gate, ILogger<CommandHandler> logger)
{
    public async Task<ActionReply> HandleAsync(CommandParse parse, TurnInfo turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(turn);
        var text = BotText.For(turn.Language);
        if (parse.Misused is { } misused)
        {
            var spelling = turn.Language == Language.En ? misused.English : misused.German;
            return ActionReply.Only(NoticeCards.Info(text, text.Format("Command.Usage", HelpCards.Usage(text, misused, spelling))));
        }

        if (parse.Command is not { } command)
        {
            return ActionReply.Only(parse.UnknownText is null ? HelpCards.Create(text) : NoticeCards.Info(text, text["Command.Unknown"]));
        }

        try
        {
            // The whole reply, not only its cards: the items a typed command changed must reach posted cards and live views.
            return await gate.PassAsync(ActionReader.FromCommand(command, turn), cancellationToken);
        }
        catch (StoreUnavailableException unavailable)
        {
            InteractionLog.StoreUnavailableForCommand(logger, unavailable, command.Kind);
            return ActionReply.Only(UnavailableCards.Notice(text));
        }
    }
}
