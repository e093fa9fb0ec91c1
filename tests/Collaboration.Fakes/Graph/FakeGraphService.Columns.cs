namespace Collaboration.Fakes.Graph;

/// <summary>
/// The columns of a SharePoint list (columnDefinition): every list starts with SharePoint's own (Title, Created,
/// Modified, Author, Editor; the last four read-only); GET lists them, POST adds one, PATCH changes its index.
/// </summary>
public sealed partial class FakeGraphService
{
    private static readonly string[] TypeFacets = ["text", "number", "dateTime", "boolean", "choice", "currency", "lookup", "personOrGroup", "calculated"];

    private readonly Dictionary<string, List<ListColumn>> _columns = new(StringComparer.Ordinal);

    /// <summary>The columns of a list, SharePoint's own first.</summary>
    public IReadOnlyList<ListColumn> ListColumns(string siteId, string listId)
    {
        lock (_gate)
        {
            return [.. ColumnsOf(ListKey(siteId, listId))];
        }
    }

    /// <summary>Adds a column as an administrator would in the list settings.</summary>
    public void DefineListColumn(string siteId, string listId, string name, string type, bool indexed)
    {
        lock (_gate)
        {
            var columns = ColumnsOf(ListKey(siteId, listId));
            columns.Add(new ListColumn(Guid.NewGuid().ToString(), name, type, indexed));
        }
    }

    private Task ListColumnsAsync(HttpContext context, string key)
    {
        lock (_gate)
        {
            return JsonAsync(context, 200, new Dictionary<string, object>
            {
                ["@odata.context"] = $"{BaseUrl}/$metadata#columnDefinitions",
                ["value"] = ColumnsOf(key).Select(ColumnJson).ToList(),
            });
        }
    }

    private Task CreateColumnAsync(HttpContext context, string key, byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (!root.TryGetProperty("name", out var nameElement) || nameElement.GetString() is not { Length: > 0 } name)
        {
            return ErrorAsync(context, 400, "invalidRequest", "A column needs a name.");
        }

        var facets = TypeFacets.Where(f => root.TryGetProperty(f, out var v) && v.ValueKind == JsonValueKind.Object).ToList();
        if (facets.Count != 1)
        {
            return ErrorAsync(context, 400, "invalidRequest", "A column has exactly one type: text, number, dateTime, ...");
        }

        var type = facets[0] == "text" && root.GetProperty("text").TryGetProperty("allowMultipleLines", out var multi) && multi.ValueKind == JsonValueKind.True
            ? "note" : facets[0];
        var indexed = root.TryGetProperty("indexed", out var index) && index.ValueKind == JsonValueKind.True;
        if (indexed && type == "note")
        {
            return ErrorAsync(context, 400, "invalidRequest", "Multiple lines of text cannot be indexed.");
        }

        ListColumn column;
        lock (_gate)
        {
            var columns = ColumnsOf(key);
            if (columns.Exists(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                return ErrorAsync(context, 409, "nameAlreadyExists", $"A column named '{name}' already exists in this list.");
            }

            column = new ListColumn(Guid.NewGuid().ToString(), name, type, indexed);
            columns.Add(column);
        }

        return JsonAsync(context, 201, ColumnJson(column));
    }

    private Task PatchColumnAsync(HttpContext context, string key, string columnId, byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        lock (_gate)
        {
            var columns = ColumnsOf(key);
            var index = columns.FindIndex(c => c.Id == columnId);
            if (index < 0)
            {
                return ErrorAsync(context, 404, "itemNotFound", "The column was not found.");
            }

            if (document.RootElement.TryGetProperty("indexed", out var indexed))
            {
                columns[index] = columns[index] with { Indexed = indexed.ValueKind == JsonValueKind.True };
            }

            return JsonAsync(context, 200, ColumnJson(columns[index]));
        }
    }

    private List<ListColumn> ColumnsOf(string key)
    {
        if (!_columns.TryGetValue(key, out var columns))
        {
            _columns[key] = columns =
            [
                new("fa564e0f-0c70-4ab9-b863-0177e6ddd247", "Title", "text", Indexed: false),
                new("8c06beca-0777-48f7-91c7-6da68bc07b69", "Created", "dateTime", Indexed: false, ReadOnly: true),
                new("28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f", "Modified", "dateTime", Indexed: false, ReadOnly: true),
                new("1df5e554-ec7e-46a6-901d-d85a3881cb18", "Author", "personOrGroup", Indexed: false, ReadOnly: true),
                new("d31655d1-1d5b-4511-95a1-7a09e9b75bf2", "Editor", "personOrGroup", Indexed: false, ReadOnly: true),
            ];
        }

        return columns;
    }

    private static Dictionary<string, object> ColumnJson(ListColumn column)
    {
        var json = new Dictionary<string, object>
        {
            ["id"] = column.Id,
            ["name"] = column.Name,
            ["displayName"] = column.Name,
            ["indexed"] = column.Indexed,
            ["readOnly"] = column.ReadOnly,
        };
        json[column.Type == "note" ? "text" : column.Type] = column.Type == "note" ? new { allowMultipleLines = true } : new object();
        return json;
    }
}
