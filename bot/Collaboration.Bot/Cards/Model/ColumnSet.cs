namespace Collaboration.Bot.Cards.Model;

internal sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement;
