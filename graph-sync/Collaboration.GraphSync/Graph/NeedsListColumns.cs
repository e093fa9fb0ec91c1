using Microsoft.Graph.Models;

namespace Collaboration.GraphSync.Graph;

/// <summary>
/// Makes sure the needs list has the columns the writer fills, with the right types, before any item is written:
/// one GET of the list's columns per run, a POST per missing column and a PATCH per key column that lacks its index.
/// NeedId and ForumKey are indexed so the writer can filter on them without SharePoint's
/// "HonorNonIndexedQueriesWarningMayFailRandomly" escape hatch, which fails at random on lists past 5,000 items.
/// </summary>
internal sealed partial class NeedsListColumns(GraphClients clients, IOptions<GraphSyncOptions> options, ILogger<NeedsListColumns> logger)
{
    /// <summary>Holds "&lt;series id&gt;/&lt;forum number&gt;": one indexed equality finds a forum's items in one paged query.</summary>
    public const string ForumKey = "ForumKey";

    public const string NeedId = "NeedId";

    /// <summary>
    /// The list's own "Author" is SharePoint's read-only Created By (a person), so the need's author has a column of
    /// its own.
    /// </summary>
    public const string NeedAuthor = "NeedAuthor";

    // Built anew for every request: the SDK's models keep a backing store that, once serialised, sends only later changes.
    private static ColumnDefinition[] Wanted() =>
    [
        Text(NeedId, 36, indexed: true),
        Text(ForumKey, 64, indexed: true),
        Note("NeedText"),
        Text("SeriesId", 36),
        Number("ForumNumber"),
        Text("ItemKey", 255),
        Text("Kind", 64),
        Text("Topic", 255),
        Number("Rank"),
        Number("Supporters"),
        new() { Name = "CreatedAt", DisplayName = "CreatedAt", DateTime = new DateTimeColumn { Format = "dateTime", DisplayAs = "standard" } },
        Text(NeedAuthor, 255),
    ];

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var columns = clients.Graph.Sites[options.Value.SiteId].Lists[options.Value.ListId].Columns;
        var existing = (await columns.GetAsync(cancellationToken: cancellationToken))?.Value ?? [];
        foreach (var wanted in Wanted())
        {
            var found = existing.FirstOrDefault(c => string.Equals(c.Name, wanted.Name, StringComparison.OrdinalIgnoreCase));
            if (found is null)
            {
                await columns.PostAsync(wanted, cancellationToken: cancellationToken);
                Log.Created(logger, wanted.Name!);
            }
            else if (wanted.Indexed == true && found.Indexed != true && found.Id is { } id)
            {
                // A list made by hand (or by an older version) has the column but no index; filtering would be refused.
                await columns[id].PatchAsync(new ColumnDefinition { Indexed = true }, cancellationToken: cancellationToken);
                Log.Indexed(logger, wanted.Name!);
            }
        }
    }

    private static ColumnDefinition Text(string name, int maxLength, bool indexed = false) =>
        new() { Name = name, DisplayName = name, Indexed = indexed, Text = new TextColumn { MaxLength = maxLength, AllowMultipleLines = false } };

    /// <summary>Multiple lines of plain text: a need may be longer than a single line's 255 characters.</summary>
    private static ColumnDefinition Note(string name) =>
        new() { Name = name, DisplayName = name, Text = new TextColumn { AllowMultipleLines = true, TextType = "plain", LinesForEditing = 6 } };

    private static ColumnDefinition Number(string name) =>
        new() { Name = name, DisplayName = name, Number = new NumberColumn { DecimalPlaces = "none" } };

    // Events without an EventId get one derived from their name: EventName keeps the name, and so the id, they had
    // before they moved into Log.
    private static partial class Log
    {
        [LoggerMessage(EventName = "LogCreated", Level = LogLevel.Information, Message = "Created the column {Column} of the needs list")]
        public static partial void Created(ILogger logger, string column);

        [LoggerMessage(EventName = "LogIndexed", Level = LogLevel.Information, Message = "Indexed the column {Column} of the needs list")]
        public static partial void Indexed(ILogger logger, string column);
    }
}
