namespace Collaboration.Bot.Cards.Model;

internal sealed record Table(IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows) : CardElement
{
    public bool? FirstRowAsHeader { get; init; }

    public bool? ShowGridLines { get; init; }
}
