namespace Collaboration.Fakes.Graph;

/// <summary>
/// SharePoint list items as Graph serves them: the filtered, paged query (with SharePoint's refusal to filter on a
/// column that is not indexed), create, PATCH of fields and DELETE. Fields must name a column of the list, as in
/// SharePoint, so a writer that forgot to provision its columns fails here as it would in a tenant.
/// </summary>
public sealed partial class FakeGraphService
{
    /// <summary>Graph's page of list items when the client names no $top.</summary>
    private const int DefaultPageSize = 200;

    /// <summary>
    /// The most items the fake puts on one page, whatever $top asks (SharePoint's own cap is 5000); lower it to make a
    /// test page through a small list.
    /// </summary>
    public int ListPageLimit { get; set; } = 5000;

    /// <summary>Adds an item as someone working in SharePoint would, bypassing the column check; its id.</summary>
    public string AddListItem(string siteId, string listId, IReadOnlyDictionary<string, object> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        lock (_gate)
        {
            var item = new ListItem(NextItemId(), fields.ToDictionary(f => f.Key, f => JsonSerializer.SerializeToElement(f.Value), StringComparer.Ordinal));
            ItemsOf(ListKey(siteId, listId)).Add(item);
            return item.Id;
        }
    }

    /// <summary>Changes one field of an item, as an edit in SharePoint would.</summary>
    public void SetListItemField(string siteId, string listId, string itemId, string field, object value)
    {
        lock (_gate)
        {
            var item = ItemsOf(ListKey(siteId, listId)).Find(i => i.Id == itemId) ?? throw new InvalidOperationException($"No item {itemId}.");
            item.Fields[field] = JsonSerializer.SerializeToElement(value);
        }
    }

    /// <summary>The ids and fields of every item of a list, in creation order.</summary>
    public IReadOnlyList<(string Id, IReadOnlyDictionary<string, JsonElement> Fields)> ListItemsWithIds(string siteId, string listId)
    {
        lock (_gate)
        {
            return [.. ItemsOf(ListKey(siteId, listId)).Select(i => (i.Id, (IReadOnlyDictionary<string, JsonElement>)new Dictionary<string, JsonElement>(i.Fields)))];
        }
    }

    private Task QueryItemsAsync(HttpContext context, string key)
    {
        var query = context.Request.Query;
        var filter = query["$filter"].ToString();
        var top = int.TryParse(query["$top"], CultureInfo.InvariantCulture, out var asked) ? asked : DefaultPageSize;
        var skip = int.TryParse(query["$skiptoken"], CultureInfo.InvariantCulture, out var from) ? from : 0;
        List<ListItem> matches;
        lock (_gate)
        {
            matches = [.. ItemsOf(key)];
            if (filter.Length > 0)
            {
                var condition = FieldFilter().Match(filter);
                if (!condition.Success)
                {
                    return ErrorAsync(context, 400, "invalidRequest", "The fake understands only fields/Name eq 'text' or fields/Name eq number.");
                }

                var field = condition.Groups["field"].Value;
                var column = ColumnsOf(key).Find(c => c.Name == field);
                if (column is null)
                {
                    return ErrorAsync(context, 400, "invalidRequest", $"Field '{field}' is not recognized");
                }

                // SharePoint refuses a filter on a column without an index unless the client accepts that it may fail on large lists.
                if (!column.Indexed && !context.Request.Headers["Prefer"].ToString().Contains("HonorNonIndexedQueriesWarningMayFailRandomly", StringComparison.Ordinal))
                {
                    return ErrorAsync(context, 400, "invalidRequest",
                        $"Field '{field}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.");
                }

                var text = condition.Groups["text"];
                var wanted = text.Success ? text.Value.Replace("''", "'", StringComparison.Ordinal) : condition.Groups["number"].Value;
                matches = [.. matches.Where(i => i.Fields.TryGetValue(field, out var v) && (text.Success
                    ? v.ValueKind == JsonValueKind.String && v.GetString() == wanted
                    : v.ValueKind == JsonValueKind.Number && v.GetRawText() == wanted))];
            }
        }

        var size = Math.Clamp(top, 1, ListPageLimit);
        var page = matches.Skip(skip).Take(size).ToList();
        var body = new Dictionary<string, object>
        {
            ["@odata.context"] = $"{BaseUrl}/$metadata#listItems",
            ["value"] = page.Select(ItemJson).ToList(),
        };
        if (skip + page.Count < matches.Count)
        {
            var next = QueryString.Create(query.Where(q => q.Key != "$skiptoken").Append(new("$skiptoken", (skip + page.Count).ToString(CultureInfo.InvariantCulture))));
            body["@odata.nextLink"] = $"{Origin}{context.Request.Path}{next}";
        }

        return JsonAsync(context, 200, body);
    }

    private Task CreateItemAsync(HttpContext context, string key, byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty("fields", out var fields))
        {
            return ErrorAsync(context, 400, "invalidRequest", "A list item needs fields.");
        }

        ListItem item;
        lock (_gate)
        {
            if (RefusedField(key, fields) is { } refusal)
            {
                return ErrorAsync(context, 400, "invalidRequest", refusal);
            }

            item = new ListItem(NextItemId(), fields.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal));
            ItemsOf(key).Add(item);
        }

        return JsonAsync(context, 201, ItemJson(item));
    }

    private Task PatchFieldsAsync(HttpContext context, string key, string itemId, byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        lock (_gate)
        {
            if (ItemsOf(key).Find(i => i.Id == itemId) is not { } item)
            {
                return ErrorAsync(context, 404, "itemNotFound", "The list item was not found.");
            }

            if (RefusedField(key, document.RootElement) is { } refusal)
            {
                return ErrorAsync(context, 400, "invalidRequest", refusal);
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                item.Fields[property.Name] = property.Value.Clone();
            }

            return JsonAsync(context, 200, item.Fields);
        }
    }

    private Task DeleteItemAsync(HttpContext context, string key, string itemId)
    {
        lock (_gate)
        {
            if (ItemsOf(key).RemoveAll(i => i.Id == itemId) == 0)
            {
                return ErrorAsync(context, 404, "itemNotFound", "The list item was not found.");
            }
        }

        context.Response.StatusCode = 204;
        return Task.CompletedTask;
    }

    /// <summary>Why SharePoint would refuse these fields (a name that is no column, a read-only column, text in a number column), or null.</summary>
    private string? RefusedField(string key, JsonElement fields)
    {
        var columns = ColumnsOf(key);
        foreach (var field in fields.EnumerateObject().Where(f => !f.Name.StartsWith('@')))
        {
            var column = columns.Find(c => c.Name == field.Name);
            if (column is null)
            {
                return $"Field '{field.Name}' is not recognized";
            }

            if (column.ReadOnly)
            {
                return $"Field '{field.Name}' is read-only";
            }

            if (column.Type == "number" && field.Value.ValueKind is not (JsonValueKind.Number or JsonValueKind.Null))
            {
                return $"Field '{field.Name}' expects a number";
            }
        }

        return null;
    }

    private List<ListItem> ItemsOf(string key)
    {
        if (!_lists.TryGetValue(key, out var list))
        {
            _lists[key] = list = [];
        }

        return list;
    }

    private string NextItemId() => (++_nextId).ToString(CultureInfo.InvariantCulture);

    private static object ItemJson(ListItem item) => new Dictionary<string, object>
    {
        ["id"] = item.Id,
        ["fields"] = item.Fields,
    };
}
